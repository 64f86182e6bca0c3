"""Refresh the translation catalogues: lupdate, fill what is mechanical, lrelease.

    python resources/i18n/update.py          # after changing any user-visible string
    python resources/i18n/update.py --check  # exit 1 if a catalogue is stale or unfinished

Source strings in ``ui/`` are Vietnamese, so in ``so_to_cnscd_vi.ts`` our own contexts are
filled with the source text itself (identity) and Qt's contexts (listed in
``ui/qt_strings.py``) get the Vietnamese below; in ``so_to_cnscd_en.ts`` Qt's contexts are the
identity (Qt's sources are English) and our strings need a translator: new ones stay
``unfinished`` until translated in Qt Linguist (``pyside6-linguist``) or in the file, and
the test suite fails while any are left.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BASENAME = "so_to_cnscd"
LANGUAGES = {"vi": "vi_VN", "en": "en_GB"}
LUPDATE_OPTIONS = ["-source-language", "vi_VN", "-no-obsolete", "-locations", "none",
                   "-silent"]

# Qt's own contexts: answered by our catalogue because Qt ships no Vietnamese one.
QT_CONTEXTS = {
    "QPlatformTheme", "QGnomeTheme", "QLineEdit", "QWidgetTextControl", "QAbstractSpinBox",
    "QMessageBox", "QInputDialog", "QProgressDialog", "QWizard", "QFileDialog",
    "QFileSystemModel", "QAbstractFileIconProvider",
}

QT_VI: dict[tuple[str, str], str] = {
    ("QPlatformTheme", "OK"): "Đồng ý",
    ("QPlatformTheme", "Save"): "Lưu",
    ("QPlatformTheme", "Save All"): "Lưu tất cả",
    ("QPlatformTheme", "Open"): "Mở",
    ("QPlatformTheme", "&Yes"): "&Có",
    ("QPlatformTheme", "Yes to &All"): "Có cho &tất cả",
    ("QPlatformTheme", "&No"): "&Không",
    ("QPlatformTheme", "N&o to All"): "Kh&ông cho tất cả",
    ("QPlatformTheme", "Abort"): "Hủy bỏ",
    ("QPlatformTheme", "Retry"): "Thử lại",
    ("QPlatformTheme", "Ignore"): "Bỏ qua",
    ("QPlatformTheme", "Close"): "Đóng",
    ("QPlatformTheme", "Cancel"): "Hủy",
    ("QPlatformTheme", "Discard"): "Bỏ thay đổi",
    ("QPlatformTheme", "Help"): "Trợ giúp",
    ("QPlatformTheme", "Apply"): "Áp dụng",
    ("QPlatformTheme", "Reset"): "Đặt lại",
    ("QPlatformTheme", "Restore Defaults"): "Khôi phục mặc định",
    ("QGnomeTheme", "&OK"): "Đồn&g ý",
    ("QGnomeTheme", "&Save"): "&Lưu",
    ("QGnomeTheme", "&Cancel"): "&Hủy",
    ("QGnomeTheme", "&Close"): "Đó&ng",
    ("QGnomeTheme", "Close without Saving"): "Đóng không lưu",
    ("QLineEdit", "&Undo"): "&Hoàn tác",
    ("QLineEdit", "&Redo"): "&Làm lại",
    ("QLineEdit", "Cu&t"): "&Cắt",
    ("QLineEdit", "&Copy"): "&Sao chép",
    ("QLineEdit", "&Paste"): "&Dán",
    ("QLineEdit", "Delete"): "Xóa",
    ("QLineEdit", "Select All"): "Chọn tất cả",
    ("QWidgetTextControl", "&Undo"): "&Hoàn tác",
    ("QWidgetTextControl", "&Redo"): "&Làm lại",
    ("QWidgetTextControl", "Cu&t"): "&Cắt",
    ("QWidgetTextControl", "&Copy"): "&Sao chép",
    ("QWidgetTextControl", "Copy &Link Location"): "Sao chép địa chỉ &liên kết",
    ("QWidgetTextControl", "&Paste"): "&Dán",
    ("QWidgetTextControl", "Delete"): "Xóa",
    ("QWidgetTextControl", "Select All"): "Chọn tất cả",
    ("QAbstractSpinBox", "&Select All"): "&Chọn tất cả",
    ("QAbstractSpinBox", "&Step up"): "&Tăng",
    ("QAbstractSpinBox", "Step &down"): "&Giảm",
    ("QMessageBox", "Show Details..."): "Xem chi tiết...",
    ("QMessageBox", "Hide Details..."): "Ẩn chi tiết...",
    ("QInputDialog", "Enter a value:"): "Nhập giá trị:",
    ("QProgressDialog", "Cancel"): "Hủy",
    ("QWizard", "< &Back"): "< &Quay lại",
    ("QWizard", "&Next >"): "&Tiếp theo >",
    ("QWizard", "Commit"): "Xác nhận",
    ("QWizard", "&Finish"): "&Hoàn tất",
    ("QWizard", "Cancel"): "Hủy",
    ("QWizard", "Help"): "Trợ giúp",
    ("QFileDialog", "&Look in:"): "&Tìm trong:",
    ("QFileDialog", "Back"): "Quay lại",
    ("QFileDialog", "Go back"): "Quay lại",
    ("QFileDialog", "Forward"): "Tiến",
    ("QFileDialog", "Go forward"): "Tiến tới",
    ("QFileDialog", "Parent Directory"): "Thư mục cha",
    ("QFileDialog", "Go to the parent directory"): "Lên thư mục cha",
    ("QFileDialog", "Create New Folder"): "Tạo thư mục mới",
    ("QFileDialog", "Create a New Folder"): "Tạo một thư mục mới",
    ("QFileDialog", "List View"): "Dạng danh sách",
    ("QFileDialog", "Change to list view mode"): "Xem dạng danh sách",
    ("QFileDialog", "Detail View"): "Dạng chi tiết",
    ("QFileDialog", "Change to detail view mode"): "Xem dạng chi tiết",
    ("QFileDialog", "Sidebar"): "Thanh bên",
    ("QFileDialog", "List of places and bookmarks"): "Danh sách địa điểm và dấu trang",
    ("QFileDialog", "Files"): "Tệp",
    ("QFileDialog", "Files of &type:"): "&Loại tệp:",
    ("QFileDialog", "Open"): "Mở",
    ("QFileDialog", "Save As"): "Lưu thành",
    ("QFileDialog", "Find Directory"): "Chọn thư mục",
    ("QFileDialog", "File &name:"): "&Tên tệp:",
    ("QFileDialog", "Directory:"): "Thư mục:",
    ("QFileDialog", "Directories"): "Thư mục",
    ("QFileDialog", "&Open"): "&Mở",
    ("QFileDialog", "&Save"): "&Lưu",
    ("QFileDialog", "&Choose"): "&Chọn",
    ("QFileDialog", "All Files (*)"): "Tất cả các tệp (*)",
    ("QFileDialog", "Show "): "Hiện ",
    ("QFileDialog", "&Rename"): "Đổ&i tên",
    ("QFileDialog", "&Delete"): "&Xóa",
    ("QFileDialog", "Show &hidden files"): "Hiện tệp ẩ&n",
    ("QFileDialog", "&New Folder"): "Thư mục &mới",
    ("QFileDialog", "New Folder"): "Thư mục mới",
    ("QFileDialog", "Recent Places"): "Nơi đã mở gần đây",
    ("QFileDialog", "My Computer"): "Máy tính",
    ("QFileDialog", "%1 already exists.\nDo you want to replace it?"):
        "%1 đã có.\nBạn có muốn ghi đè lên tệp đó không?",
    ("QFileDialog", "%1\nFile not found.\nPlease verify the correct file name was given."):
        "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
    ("QFileDialog",
     "%1\nDirectory not found.\nPlease verify the correct directory name was given."):
        "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
    ("QFileDialog", "Are you sure you want to delete '%1'?"): "Bạn có chắc muốn xóa '%1'?",
    ("QFileDialog", "'%1' is write protected.\nDo you want to delete it anyway?"):
        "'%1' đang được bảo vệ chống ghi.\nVẫn xóa?",
    ("QFileDialog", "Could not delete directory."): "Không xóa được thư mục.",
    ("QFileSystemModel", "Computer"): "Máy tính",
    ("QFileSystemModel", "Name"): "Tên",
    ("QFileSystemModel", "Size"): "Kích thước",
    ("QFileSystemModel", "Type"): "Loại",
    ("QFileSystemModel", "Date Modified"): "Ngày sửa",
    ("QAbstractFileIconProvider", "Drive"): "Ổ đĩa",
    ("QAbstractFileIconProvider", "Folder"): "Thư mục",
    ("QAbstractFileIconProvider", "Unknown"): "Không rõ",
    ("QAbstractFileIconProvider", "%1 File"): "Tệp %1",
}


CORE_STRINGS = ROOT / "ui" / "core_strings.py"

_CORE_HEADER = '''"""The core's message templates (``vn.messages.CATALOGUE``), listed for ``pyside6-lupdate``.

Generated by ``python resources/i18n/update.py``: do not edit (a test fails when it is stale).
The GUI translates a template with ``QCoreApplication.translate("core", template)``
(``ui.errors.tr_core``); nothing imports this module.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CORE_STRINGS = (
'''


def core_strings_text() -> str:
    """The text of ``ui/core_strings.py`` for the current catalogue."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from vn.messages import CATALOGUE, CONTEXT

    lines = [_CORE_HEADER]
    for template in dict.fromkeys(CATALOGUE.values()):
        literal = json.dumps(template, ensure_ascii=False)  # a valid Python literal too
        lines.append(f"    QT_TRANSLATE_NOOP({json.dumps(CONTEXT)}, {literal}),\n")
    lines.append(")\n")
    return "".join(lines)


def write_core_strings() -> None:
    CORE_STRINGS.write_text(core_strings_text(), encoding="utf-8")


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    return files + ["main.py"]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def ts_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"{BASENAME}_{lang}.ts"


def qm_path(lang: str, folder: Path = HERE) -> Path:
    return folder / f"{BASENAME}_{lang}.qm"


def lupdate(ts: Path, lang: str) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-target-language",
         LANGUAGES[lang], *LUPDATE_OPTIONS],
        cwd=ROOT, check=True, capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   cwd=ROOT, check=True, capture_output=True)


def fill(ts: Path, lang: str, extra: dict[tuple[str, str], str] | None = None) -> list:
    """Fill unfinished entries that need no translator; returns those still unfinished."""
    tree = ET.parse(ts)
    left = []
    changed = False
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            value = None
            if name in QT_CONTEXTS:
                value = QT_VI.get((name, source)) if lang == "vi" else source
            elif lang == "vi":
                value = source
            elif extra:
                value = extra.get((name, source)) or extra.get(("*", source))
            if value is None:
                left.append((name, source))
                continue
            translation.text = value
            del translation.attrib["type"]
            changed = True
    if changed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return left


def update(extra_en: dict | None = None) -> dict[str, list]:
    write_core_strings()
    left = {}
    for lang in LANGUAGES:
        ts = ts_path(lang)
        lupdate(ts, lang)
        left[lang] = fill(ts, lang, extra_en if lang == "en" else None)
        lupdate(ts, lang)  # back to lupdate's own layout, so --check compares like with like
        lrelease(ts, qm_path(lang))
    return left


def check() -> list[str]:
    """Problems: a catalogue lupdate would change, unfinished entries, a stale .qm."""
    problems = []
    if not CORE_STRINGS.exists() or CORE_STRINGS.read_text(encoding="utf-8") != \
            core_strings_text():
        problems.append("ui/core_strings.py is stale: run python resources/i18n/update.py")
    with tempfile.TemporaryDirectory() as tmp:
        tmp_dir = Path(tmp)
        for lang in LANGUAGES:
            ts = ts_path(lang)
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            copy = ts_path(lang, tmp_dir)
            shutil.copy(ts, copy)
            lupdate(copy, lang)
            if copy.read_bytes() != ts.read_bytes():
                problems.append(f"{ts.name} is stale: run python resources/i18n/update.py")
            text = ts.read_text(encoding="utf-8")
            unfinished = text.count('type="unfinished"')
            if unfinished:
                problems.append(f"{ts.name} has {unfinished} unfinished entries")
            for marker in ('type="vanished"', 'type="obsolete"'):
                if marker in text:
                    problems.append(f"{ts.name} has {marker} entries")
            qm = qm_path(lang, tmp_dir)
            lrelease(ts, qm)
            if not qm_path(lang).exists() or qm.read_bytes() != qm_path(lang).read_bytes():
                problems.append(f"{qm_path(lang).name} is stale: run update.py")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for p in problems:
            print(p)
        return 1 if problems else 0
    left = update()
    for lang, items in left.items():
        for context, source in items:
            print(f"{lang}: untranslated [{context}] {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
