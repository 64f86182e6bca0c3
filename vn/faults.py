"""What went wrong writing or reading a file, in Vietnamese: one rule for every layer.

A full disk, a read-only folder, a file held open by another program and a failing disk
each get their own sentence (a read-only folder is not "the file is open in Excel").
``classify(exc)`` names the fault; ``fault_message(kind, path)`` words it.
"""
from __future__ import annotations

import errno

DISK_FULL = "disk_full"
READ_ONLY = "read_only"
NO_PERMISSION = "no_permission"
LOCKED = "locked"
IO_ERROR = "io_error"
NOT_FOUND = "not_found"
OTHER = "other"

# Windows: ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION (the file is open in Excel...).
_WIN_LOCKED = {32, 33}
_WIN_DISK_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_READ_ONLY = {19}  # ERROR_WRITE_PROTECT

MESSAGES: dict[str, str] = {
    DISK_FULL: (
        "Không ghi được {path}: ổ đĩa đã đầy. Hãy giải phóng dung lượng (xoá bớt tệp không "
        "cần) hoặc chọn ổ đĩa khác rồi thử lại. Không có tệp dở dang nào được để lại."
    ),
    READ_ONLY: (
        "Không ghi được {path}: thư mục hoặc ổ đĩa này chỉ cho phép đọc (ví dụ USB khoá ghi, "
        "ổ mạng chỉ đọc). Hãy chọn thư mục khác rồi thử lại."
    ),
    NO_PERMISSION: (
        "Không ghi được {path}: tài khoản Windows của bạn không có quyền ghi vào thư mục này. "
        "Hãy chọn thư mục khác (ví dụ Tài liệu) hoặc nhờ quản trị máy cấp quyền."
    ),
    LOCKED: (
        "Không ghi được {path}: tệp đang được mở trong chương trình khác (Excel, LibreOffice, "
        "trình xem PDF…). Hãy đóng tệp đó rồi thử lại."
    ),
    IO_ERROR: (
        "Không ghi được {path}: ổ đĩa báo lỗi đọc/ghi (ổ hỏng, USB bị rút ra hoặc mất kết nối "
        "mạng). Hãy kiểm tra ổ đĩa rồi thử lại hoặc chọn nơi khác."
    ),
    NOT_FOUND: "Không tìm thấy thư mục hoặc tệp {path}. Hãy kiểm tra lại đường dẫn.",
    OTHER: "Không ghi được {path} (lỗi hệ thống: {detail}). Hãy thử lại hoặc chọn nơi khác.",
}


def classify(exc: BaseException) -> str:
    """The kind of fault behind an ``OSError`` (``OTHER`` when it is none we know)."""
    if not isinstance(exc, OSError):
        return OTHER
    winerror = getattr(exc, "winerror", None)
    if winerror in _WIN_LOCKED:
        return LOCKED
    if winerror in _WIN_DISK_FULL:
        return DISK_FULL
    if winerror in _WIN_READ_ONLY:
        return READ_ONLY
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        return DISK_FULL
    if code == errno.EROFS:
        return READ_ONLY
    if code in (errno.EBUSY, errno.ETXTBSY):
        return LOCKED
    if code in (errno.EACCES, errno.EPERM):
        return NO_PERMISSION
    if code in (errno.EIO, getattr(errno, "ENXIO", -1), getattr(errno, "EREMOTEIO", -1)):
        return IO_ERROR
    if code == errno.ENOENT:
        return NOT_FOUND
    return OTHER


def fault_message(kind: str, path: str = "", detail: str = "") -> str:
    template = MESSAGES.get(kind, MESSAGES[OTHER])
    return template.format(path=path or "tệp", detail=detail)


def describe_os_error(exc: OSError, path: str = "") -> str:
    """The sentence for an ``OSError`` met writing ``path`` (or the error's own file)."""
    where = path or getattr(exc, "filename", "") or ""
    return fault_message(classify(exc), str(where), exc.strerror or exc.__class__.__name__)


TARGET_IS_INPUT = "target_is_input"
TARGET_SYMLINK = "target_symlink"
TARGET_NOT_FILE = "target_not_file"

MESSAGES.update({
    TARGET_IS_INPUT: (
        "Không ghi vào {path}: đó chính là tệp đang được đọc. Hãy chọn một tên tệp khác để "
        "không mất tệp gốc."
    ),
    TARGET_SYMLINK: (
        "Không ghi vào {path}: đó là một lối tắt (liên kết) trỏ sang tệp khác. Hãy chọn một "
        "tên tệp bình thường."
    ),
    TARGET_NOT_FILE: (
        "Không ghi vào {path}: đó không phải một tệp bình thường (thư mục hoặc thiết bị). "
        "Hãy chọn một tên tệp khác."
    ),
})


def unsafe_target(path, inputs=()) -> str | None:
    """Why writing to ``path`` must be refused, or None: it is one of the ``inputs`` (or the
    same file under another name), a symbolic link, or exists and is not a regular file."""
    import os

    target = os.fspath(path)
    if os.path.islink(target):
        return TARGET_SYMLINK
    if not os.path.exists(target):
        return None
    if not os.path.isfile(target):
        return TARGET_NOT_FILE
    for other in inputs:
        if other is None:
            continue
        try:
            if os.path.samefile(target, os.fspath(other)):
                return TARGET_IS_INPUT
        except OSError:
            continue
    return None
