"""Kết nối máy chủ: point the app at a shared PostgreSQL database (several clerks, one data).

The form takes host, port, database, user, password and the TLS choice; "Kiểm tra kết nối"
says what the database holds; "Khởi tạo CSDL trống" creates our tables and loads the unit
catalogue in an empty one; "Lưu và dùng máy chủ này" remembers the choice (never the
password: it is asked at each start, or read from an environment variable) and switches the
app over. :class:`ServerPasswordDialog` is the question asked at start-up.
"""
from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import connection as conn
from desktop.connection import ServerParams, password_from_env
from ui import file_dialogs, msgbox
from ui.errors import describe_exception, message_for
from ui.widgets import ErrorLabel, FormErrors, add_row

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def ssl_choices() -> list[tuple[str, str]]:
    return [
        ("disable", translate("ConnectionDialog", "Không mã hoá (chỉ trong mạng nội bộ)")),
        ("prefer", translate("ConnectionDialog", "Mã hoá nếu máy chủ hỗ trợ")),
        ("require", translate("ConnectionDialog", "Bắt buộc mã hoá (TLS)")),
        ("verify-full", translate("ConnectionDialog",
                                  "Bắt buộc mã hoá và kiểm tra chứng chỉ máy chủ")),
    ]


def state_text(state: Any) -> str:
    if state.state == conn.EMPTY:
        return translate("ConnectionDialog", "Kết nối được. Cơ sở dữ liệu đang trống: bấm "
                                             "\"Khởi tạo CSDL trống\" để tạo bảng và nạp danh "
                                             "mục đơn vị hành chính.")
    if state.state == conn.OURS:
        text = translate("ConnectionDialog", "Kết nối được. Đây là cơ sở dữ liệu của Sổ Tổ "
                                             "CNSCĐ (lược đồ %1, %2 người dùng).")
        return text.replace("%1", str(state.schema_version)).replace("%2", str(state.users))
    if state.state == conn.NEWER:
        return translate("ConnectionDialog", "Cơ sở dữ liệu này do phiên bản mới hơn của phần "
                                             "mềm tạo ra; hãy cập nhật phần mềm trước.")
    return translate("ConnectionDialog", "Cơ sở dữ liệu này đã có %1 bảng của phần mềm khác; "
                                         "không dùng được. Hãy chọn một cơ sở dữ liệu trống."
                     ).replace("%1", str(len(state.tables)))


class ConnectionDialog(QDialog):
    """``use_requested`` carries nothing: read ``url`` and ``params`` when it fires."""

    use_requested = Signal()
    local_requested = Signal()

    def __init__(self, workspace: Any = None, parent: QWidget | None = None, *,
                 data_dir: str | None = None):
        super().__init__(parent)

        self.setObjectName("connection_dialog")
        self.workspace = workspace
        self.data_dir = data_dir
        self.url = ""
        self.params = None
        self.state = None
        self.setWindowTitle(self.tr("Kết nối máy chủ dữ liệu"))
        self.setMinimumWidth(580)

        intro = QLabel(self.tr(
            "Khi nhiều cán bộ cùng nhập liệu, dùng chung một cơ sở dữ liệu PostgreSQL trên máy "
            "chủ của xã hoặc của tỉnh. Hỏi quản trị máy chủ các thông tin dưới đây."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #444;")
        saved = conn.load_params(data_dir)
        self.host = QLineEdit(saved.host if saved else "")
        self.host.setPlaceholderText(self.tr("ví dụ: 192.168.1.10 hoặc csdl.hopthanh.gov.vn"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port if saved else conn.DEFAULT_PORT)
        self.port.setMaximumWidth(100)
        self.database = QLineEdit(saved.database if saved else "so_to_cnscd")
        self.user = QLineEdit(saved.user if saved else "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("không được lưu; hỏi lại mỗi lần mở"))
        self.tls = QComboBox()
        for code, label in ssl_choices():
            self.tls.addItem(label, code)
        self.tls.setCurrentIndex(max(0, self.tls.findData(saved.sslmode if saved else "prefer")))
        self.ca_file = QLineEdit(saved.sslrootcert if saved else "")
        self.ca_file.setPlaceholderText(self.tr("tệp chứng chỉ CA (.crt, .pem) do quản trị cấp"))
        self.ca_button = QToolButton()
        self.ca_button.setText(self.tr("Chọn…"))
        self.ca_button.clicked.connect(self._choose_ca)
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_file, 1)
        ca_layout.addWidget(self.ca_button)
        self.password_env = QLineEdit(saved.password_env if saved else conn.DEFAULT_PASSWORD_ENV)
        self.password_env.setToolTip(self.tr(
            "Khi biến môi trường này có giá trị, phần mềm dùng nó làm mật khẩu và không hỏi."))

        self.errors = FormErrors()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields = {}
        for name, label, widget in (
            ("host", self.tr("Máy chủ:"), self.host),
            ("port", self.tr("Cổng:"), self.port),
            ("database", self.tr("Cơ sở dữ liệu:"), self.database),
            ("user", self.tr("Người dùng:"), self.user),
            ("password", self.tr("Mật khẩu:"), self.password),
            ("sslmode", self.tr("Mã hoá (TLS):"), self.tls),
            ("sslrootcert", self.tr("Chứng chỉ CA:"), ca_row),
            ("password_env", self.tr("Biến môi trường mật khẩu:"), self.password_env),
        ):
            widget.setObjectName(f"server_{name}")
            self._fields[name] = widget
            add_row(form, label, widget, self.errors, name)

        self.status = ErrorLabel(self)
        self.status.setObjectName("server_status")
        self.test_button = QPushButton(self.tr("Kiểm tra kết nối"))
        self.test_button.setObjectName("server_test")
        self.init_button = QPushButton(self.tr("Khởi tạo CSDL trống"))
        self.init_button.setObjectName("server_init")
        self.use_button = QPushButton(self.tr("Lưu và dùng máy chủ này"))
        self.use_button.setObjectName("server_use")
        self.local_button = QPushButton(self.tr("Dùng tệp trên máy này"))
        self.local_button.setObjectName("server_local")
        self.local_button.setToolTip(self.tr("Thôi dùng máy chủ; lần mở sau dùng tệp dữ liệu "
                                             "trên máy tính này."))
        self.local_button.setVisible(saved is not None)
        self.test_button.clicked.connect(self.test)
        self.init_button.clicked.connect(self.initialise)
        self.use_button.clicked.connect(self.use)
        self.local_button.clicked.connect(self.use_local)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.init_button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.local_button)
        bottom.addStretch(1)
        bottom.addWidget(self.use_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        self.tls.currentIndexChanged.connect(lambda _i: self._tls_changed())
        self._tls_changed()
        self.init_button.setEnabled(False)
        (self.password if saved else self.host).setFocus()

    # -- the form ------------------------------------------------------------------------
    def _tls_changed(self) -> None:
        verify = self.tls.currentData() == "verify-full"
        self.ca_file.setEnabled(verify)
        self.ca_button.setEnabled(verify)

    def _choose_ca(self) -> None:
        path = file_dialogs.ask_open_path(
            self, self.tr("Chọn tệp chứng chỉ CA"), "",
            self.tr("Chứng chỉ (*.crt *.pem *.cer);;Tất cả các tệp (*)"))
        if path:
            self.ca_file.setText(path)

    def values(self):
        return ServerParams(
            host=self.host.text().strip(), port=self.port.value(),
            database=self.database.text().strip(), user=self.user.text().strip(),
            sslmode=self.tls.currentData(),
            sslrootcert=self.ca_file.text().strip() if self.tls.currentData() == "verify-full"
            else "",
            password_env=self.password_env.text().strip(),
        )

    def _checked(self):
        """The params, or None after showing which field is missing."""

        params = self.values()
        problems = params.problems()
        self.errors.show({k: message_for(code) for k, code in problems.items()})
        if problems:
            self._fields[next(iter(problems))].setFocus()
            return None
        return params

    def _password(self, params) -> str | None:
        return self.password.text() or password_from_env(params)

    def _say(self, text: str, *, ok: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #1b7f3b;" if ok else "color: #b3261e;")
        self.status.setVisible(bool(text))

    # -- actions -------------------------------------------------------------------------
    def test(self) -> Any:
        params = self._checked()
        if params is None:
            return None
        password = self._password(params)
        self._say(self.tr("Đang kết nối…"), ok=True)

        def work(*, progress, cancelled):
            return conn.test_connection(params, password)

        def succeeded(state) -> None:
            self.state = state
            usable = state.state in (conn.EMPTY, conn.OURS)
            self._say(state_text(state), ok=usable)
            self.init_button.setEnabled(state.state == conn.EMPTY)

        def failed(exc: BaseException) -> None:
            self.state = None
            self.init_button.setEnabled(False)
            self._say(describe_exception(exc), ok=False)

        return self._run(work, self.tr("Kiểm tra kết nối"), succeeded, failed)

    def initialise(self) -> Any:
        """Create our tables in the empty database, then use it."""

        params = self._checked()
        if params is None:
            return None
        if not msgbox.confirm(
            self, self.tr("Khởi tạo CSDL trống"),
            self.tr("Tạo các bảng của Sổ Tổ CNSCĐ và nạp danh mục đơn vị hành chính vào cơ sở "
                    "dữ liệu \"%1\" trên %2? Phần mềm sẽ chuyển sang dùng máy chủ này.")
            .replace("%1", params.database).replace("%2", params.host),
            action=self.tr("Khởi tạo"), destructive=False,
        ):
            return None
        password = self._password(params)

        def work(*, progress, cancelled):
            progress(0, 0, self.tr("Đang tạo bảng và nạp danh mục…"))
            conn.init_empty(params, password)
            return conn.build_url(params, password)

        def succeeded(url: str) -> None:
            self._say(self.tr("Đã khởi tạo cơ sở dữ liệu trên máy chủ."), ok=True)
            self._use(params, url)

        def failed(exc: BaseException) -> None:
            self._say(describe_exception(exc), ok=False)

        return self._run(work, self.tr("Khởi tạo CSDL trống"), succeeded, failed, writes=True)

    def use(self) -> Any:
        """Check the server holds our database, remember it, switch to it."""

        params = self._checked()
        if params is None:
            return None
        password = self._password(params)

        def work(*, progress, cancelled):
            return conn.probe(params, password)

        def succeeded(state) -> None:
            self.state = state
            if state.state == conn.EMPTY:
                self.init_button.setEnabled(True)
                self._say(state_text(state), ok=False)
                return
            if state.state != conn.OURS:
                self._say(state_text(state), ok=False)
                return
            self._use(params, conn.build_url(params, password))

        def failed(exc: BaseException) -> None:
            self._say(describe_exception(exc), ok=False)

        return self._run(work, self.tr("Kết nối máy chủ"), succeeded, failed)

    def _use(self, params, url: str) -> None:
        conn.save_params(params, self.data_dir)
        self.params = params
        self.url = url
        self.use_requested.emit()
        self.accept()

    def use_local(self) -> None:
        if not msgbox.confirm(
            self, self.tr("Dùng tệp trên máy này"),
            self.tr("Thôi dùng máy chủ và dùng tệp dữ liệu trên máy tính này từ lần mở sau?"),
            action=self.tr("Đồng ý"), destructive=False,
        ):
            return
        conn.forget_params(self.data_dir)
        self.local_requested.emit()
        self.accept()

    def _run(self, work, title: str, succeeded, failed, *, writes: bool = False) -> Any:
        runner = getattr(self.workspace, "runner", None)
        if runner is None:  # start-up, before the workspace exists: do it here and now
            try:
                result = work(progress=lambda *a: None, cancelled=lambda: False)
            except Exception as exc:  # noqa: BLE001
                failed(exc)
                return None
            succeeded(result)
            return None
        return runner.run(work, title=title, parent=self, writes=writes, cancellable=False,
                          on_success=succeeded, on_error=failed)


class ServerPasswordDialog(QDialog):
    """At start-up, with a saved server and no password in the environment."""

    def __init__(self, params: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("server_password_dialog")
        self.setWindowTitle(self.tr("Mật khẩu máy chủ dữ liệu"))
        self.setMinimumWidth(420)
        text = QLabel(self.tr("Nhập mật khẩu của người dùng %1 trên máy chủ %2 (cơ sở dữ liệu "
                              "%3).").replace("%1", params.user).replace("%2", params.host)
                      .replace("%3", params.database))
        text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("server_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.local = QPushButton(self.tr("Dùng tệp trên máy này"))
        self.local.setObjectName("server_password_local")
        self.use_local = False
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.local, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.local.clicked.connect(self._local)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(buttons)

    def _local(self) -> None:
        self.use_local = True
        self.accept()


def startup_target(target: str, *, explicit: bool, data_dir: str | None,
                   parent: QWidget | None = None) -> str | None:
    """The database to open at start-up: a saved server (asking its password when no
    environment variable holds it), else ``target``. None: the clerk cancelled."""

    if explicit:
        return target
    params = conn.load_params(data_dir)
    if params is None:
        return target
    password = conn.password_from_env(params)
    if password is None:
        dialog = ServerPasswordDialog(params, parent)
        try:
            if not dialog.exec():
                return None
            if dialog.use_local:
                return target
            password = dialog.password.text()
        finally:
            dialog.deleteLater()
    return conn.build_url(params, password or None)
