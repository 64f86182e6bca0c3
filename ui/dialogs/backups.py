""""Sao lưu ngay" and "Khôi phục…": copies of the whole database, and putting one back.

Both run on the task runner (a copy of a big database takes a few seconds). A restore is
confirmed first; the file is verified completely before anything is touched, the current
data is copied only then, and replaced in one transaction (``desktop.backups.restore_as``);
the window then reloads everything it shows. On a shared server an administrator chooses
where the automatic backups go (``choose_auto_backup_folder``).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import backups
from ui import file_dialogs, msgbox
from ui.errors import describe_exception
from ui.models.table import MUTED, RowTableModel
from ui.tables import fit_columns, setup_table
from vn.dates import format_moment

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def backup_kind(path: Path) -> str:
    name = path.name
    if name.startswith("tu-dong-"):
        return translate("backups", "Tự động hằng ngày")
    if name.startswith("sao-luu-"):
        return translate("backups", "Sao lưu ngay")
    if name.startswith("truoc-khoi-phuc-"):
        return translate("backups", "Trước khi khôi phục")
    if name.startswith("truoc-nang-cap-"):
        return translate("backups", "Trước khi nâng cấp")
    return translate("backups", "Khác")


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} KB"


def backup_filter() -> str:
    return (translate("backups", "Bản sao lưu (*.db *.jsonl.gz)") + ";;"
            + translate("backups", "Tất cả các tệp (*)"))


def backup_now(workspace: Any, parent: QWidget | None,
               on_done: Callable[[Path], None] | None = None):
    """"Sao lưu ngay": a copy in the backup folder, then offer to open the folder."""

    def succeeded(path: Path) -> None:
        if on_done is not None:
            on_done(path)
        if msgbox.confirm(
            parent, translate("backups", "Đã sao lưu"),
            translate("backups", "Đã sao lưu toàn bộ dữ liệu vào tệp:\n%1\n\nMở thư mục chứa "
                                 "tệp?").replace("%1", str(path)),
            action=translate("backups", "Mở thư mục"), destructive=False,
        ):
            file_dialogs.open_folder(str(path))

    def failed(exc: BaseException) -> None:
        log.warning("backup failed: %r", exc)
        msgbox.error(parent, translate("backups", "Không sao lưu được"),
                     describe_exception(exc))

    def work(*, progress, cancelled):
        progress(0, 0, translate("backups", "Đang sao lưu dữ liệu…"))
        return backups.backup_as(workspace.actor)

    return workspace.runner.run(
        work, title=translate("backups", "Sao lưu ngay"), parent=parent, cancellable=False,
        on_success=succeeded, on_error=failed,
    )


def choose_auto_backup_folder(workspace: Any, parent: QWidget | None):
    """"Nơi sao lưu tự động…" (administrators of a shared server): this machine and a
    folder on it receive the daily copy; no other PC keeps one. Returns the task, or None
    when the administrator stepped back."""

    title = translate("backups", "Nơi sao lưu tự động")
    policy = backups.auto_policy()
    if policy is None:
        now = translate("backups", "Sao lưu tự động của cơ sở dữ liệu dùng chung đang tắt.")
    else:
        now = translate("backups", "Hiện tại: máy %1, thư mục %2.").replace(
            "%1", policy.host).replace("%2", policy.folder)
    question = translate(
        "backups", "Chọn một thư mục trên máy này để nhận bản sao lưu tự động mỗi ngày? Chỉ "
        "máy này sao lưu; tệp chỉ tài khoản Windows đang dùng đọc được.")
    if not msgbox.confirm(parent, title, now + "\n\n" + question,
                          action=translate("backups", "Chọn thư mục…"), destructive=False):
        return None
    folder = QFileDialog.getExistingDirectory(
        parent, title, policy.folder if policy else file_dialogs.default_folder())
    if not folder:
        return None

    def work(*, progress, cancelled):
        return backups.set_auto_backup(workspace.actor, folder)

    def succeeded(chosen) -> None:
        msgbox.info(parent, title, translate(
            "backups", "Từ nay máy %1 sao lưu tự động vào thư mục %2.").replace(
            "%1", chosen.host).replace("%2", chosen.folder))

    def failed(exc: BaseException) -> None:
        msgbox.error(parent, title, describe_exception(exc))

    return workspace.runner.run(work, title=title, parent=parent, writes=True,
                                cancellable=False, on_success=succeeded, on_error=failed)


class BackupsModel(RowTableModel):
    COL_WHEN, COL_KIND, COL_SIZE, COL_FILE = range(4)
    column_count = 4

    def headers(self) -> list[str]:
        return [self.tr("Thời điểm"), self.tr("Loại"), self.tr("Dung lượng"), self.tr("Tệp")]

    def row_id(self, row: Any) -> Any:
        return str(row.path)

    def cell(self, row: Any, column: int) -> Any:
        return (format_moment(row.created), backup_kind(row.path),
                size_text(row.size), row.path.name)[column]

    def sort_value(self, row: Any, column: int) -> Any:
        return row.created if column == self.COL_WHEN else self.cell(row, column)

    def foreground(self, row: Any, column: int):
        return MUTED if column == self.COL_FILE else None


class RestoreDialog(QDialog):
    """Pick a backup from the list (or any file), confirm, restore."""

    restored = None  # the safety copy's path once a restore succeeded

    def __init__(self, workspace: Any, parent: QWidget | None = None,
                 on_restored: Callable[[Path], None] | None = None):
        super().__init__(parent)

        self.setObjectName("restore_dialog")
        self.workspace = workspace
        self.on_restored = on_restored
        self.task = None
        self.setWindowTitle(self.tr("Khôi phục dữ liệu từ bản sao lưu"))
        self.resize(760, 440)
        intro = QLabel(self.tr(
            "Chọn bản sao lưu cần khôi phục. Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ "
            "liệu trong bản sao lưu; trước đó phần mềm tự sao lưu dữ liệu hiện tại để có thể "
            "quay lại."))
        intro.setWordWrap(True)
        folder = QLabel(self.tr("Thư mục sao lưu: %1").replace("%1", str(backups.backup_dir())))
        folder.setStyleSheet("color: #666;")
        folder.setWordWrap(True)
        self.model = BackupsModel(self)
        self.view = QTableView()
        self.view.setObjectName("backups_table")
        self.view.setModel(self.model)
        setup_table(self.view)
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        self.empty = QLabel(self.tr("Chưa có bản sao lưu nào trong thư mục này."))
        self.empty.setStyleSheet("color: #666;")
        self.file_button = QPushButton(self.tr("Chọn tệp khác…"))
        self.file_button.setObjectName("restore_file")
        self.restore_button = QPushButton(self.tr("Khôi phục"))
        self.restore_button.setObjectName("restore_selected")
        self.file_button.clicked.connect(self.restore_file)
        self.restore_button.clicked.connect(self.restore_selected)
        row = QHBoxLayout()
        row.addWidget(self.file_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(folder)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.reload()

    def reload(self) -> None:
        rows = backups.list_backups()
        self.model.set_rows(rows)
        fit_columns(self.view, stretch_column=BackupsModel.COL_FILE)
        self.empty.setVisible(not rows)
        if rows:
            self.view.selectRow(0)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.view.currentIndex().isValid())

    def selected(self) -> Any:
        index = self.view.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def restore_selected(self) -> Any:
        row = self.selected()
        if row is None:
            return None
        when = format_moment(row.created)
        return self.restore(row.path, when)

    def restore_file(self) -> Any:
        path = file_dialogs.ask_open_path(self, self.tr("Chọn bản sao lưu"),
                                          str(backups.backup_dir()), backup_filter())
        if not path:
            return None
        return self.restore(Path(path), Path(path).name)

    def restore(self, path: Path, label: str) -> Any:
        """Confirm, then restore on the task runner (database writes: the writer queue)."""

        if not msgbox.confirm(
            self, self.tr("Khôi phục dữ liệu"),
            self.tr("Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu %1?\n\nDữ liệu hiện tại "
                    "sẽ được sao lưu trước khi khôi phục. Những thay đổi sau thời điểm sao lưu "
                    "sẽ không còn trong dữ liệu đang dùng.").replace("%1", label),
            action=self.tr("Khôi phục"),
        ):
            return None

        def work(*, progress, cancelled):
            progress(0, 0, self.tr("Đang khôi phục dữ liệu…"))
            return backups.restore_as(self.workspace.actor, path)

        def succeeded(safety: Path) -> None:
            self.restored = safety
            self.accept()
            if self.on_restored is not None:
                self.on_restored(safety)
            msgbox.info(
                self.parentWidget(), self.tr("Đã khôi phục"),
                self.tr("Đã khôi phục dữ liệu từ %1.\nDữ liệu trước khi khôi phục được giữ ở:"
                        "\n%2").replace("%1", label).replace("%2", str(safety)))

        def failed(exc: BaseException) -> None:
            log.warning("restore failed: %r", exc)
            msgbox.error(self, self.tr("Không khôi phục được"), describe_exception(exc))

        self.task = self.workspace.runner.run(
            work, title=self.tr("Khôi phục dữ liệu"), writes=True, parent=self,
            cancellable=False, on_success=succeeded, on_error=failed,
        )
        return self.task
