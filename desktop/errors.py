"""Turning errors from the lower layers into Vietnamese sentences a clerk can act on."""
from __future__ import annotations

import peewee as pw

from db.connection import DatabaseError
from desktop.permissions import PermissionDenied

MESSAGES = {
    "db.schema_too_new": (
        "Cơ sở dữ liệu này do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found}, "
        "phần mềm này chỉ hỗ trợ đến {supported}). Hãy cài phiên bản mới nhất rồi mở lại."
    ),
    "backup.integrity": (
        "Bản sao lưu {path} bị lỗi khi kiểm tra. Không ghi đè dữ liệu; "
        "hãy thử sao lưu lại hoặc liên hệ quản trị."
    ),
    "restore.missing": "Không tìm thấy tệp sao lưu {path}.",
    "restore.corrupt": (
        "Tệp sao lưu {path} bị hỏng (không đọc được trọn vẹn: tệp bị cắt, bị ghi đè hoặc ổ "
        "đĩa lỗi); không khôi phục, dữ liệu hiện tại giữ nguyên. Hãy chọn bản sao lưu khác."
    ),
    "restore.not_ours": (
        "Tệp {path} không phải bản sao lưu của Sổ Tổ CNSCĐ; không khôi phục."
    ),
    "restore.schema_mismatch": (
        "Bản sao lưu {path} thuộc lược đồ {found}, khác phiên bản hiện tại ({supported}). "
        "Hãy khôi phục bằng phiên bản phần mềm đã tạo ra nó."
    ),
    "restore.unreadable": "Không đọc được tệp sao lưu {path} ({detail}); không khôi phục.",
    "restore.wrong_kind": (
        "Tệp {path} là bản sao lưu của cơ sở dữ liệu trên máy (SQLite); cơ sở dữ liệu dùng "
        "chung trên máy chủ chỉ khôi phục được từ bản sao lưu .jsonl.gz của máy chủ."
    ),
    "restore.no_schema": (
        "Tệp sao lưu {path} không ghi phiên bản lược đồ (có thể đã bị cắt hoặc sửa); "
        "không khôi phục. Hãy chọn bản sao lưu khác."
    ),
    "restore.too_new": (
        "Bản sao lưu {path} do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found}, phần "
        "mềm này chỉ hỗ trợ đến {supported}); không khôi phục. Hãy cài phiên bản mới nhất."
    ),
    "restore.table_missing": (
        "Tệp sao lưu {path} thiếu bảng dữ liệu \"{table}\" (tệp không trọn vẹn hoặc đã bị sửa); "
        "không khôi phục. Hãy chọn bản sao lưu khác."
    ),
    "restore.table_changed": (
        "Bảng \"{table}\" trong tệp sao lưu {path} có các cột khác với phần mềm; không khôi phục."
    ),
    "restore.damaged": (
        "Tệp sao lưu {path} bị hỏng hoặc đã bị sửa: bảng \"{table}\" không khớp với số dòng "
        "và mã kiểm tra ghi lúc sao lưu ({expected} dòng, nay {found}); không khôi phục. Hãy "
        "chọn bản sao lưu khác."
    ),
    "restore.damaged_row": (
        "Tệp sao lưu {path} bị hỏng: dòng {row} của bảng \"{table}\" chứa dữ liệu rỗng (một "
        "vùng của tệp đã bị xoá trắng); không khôi phục. Hãy chọn bản sao lưu khác."
    ),
    "restore.decision_tampered": (
        "Tệp sao lưu {path} có Quyết định số {decision} không khớp với bản PDF đã ban hành "
        "(dữ liệu đã bị sửa); không khôi phục."
    ),
    "restore.audit_broken": (
        "Nhật ký thay đổi trong tệp sao lưu {path} bị đứt hoặc bị sửa (tại dòng số {row}); "
        "không khôi phục. Hãy chọn bản sao lưu khác."
    ),
    "restore.incomplete": (
        "Tệp sao lưu {path} không trọn vẹn (thiếu phần kết thúc: bị cắt khi chép hoặc khi "
        "sao lưu); không khôi phục. Hãy chọn bản sao lưu khác."
    ),
    "restore.old_schema": (
        "Không nâng cấp được bản sao lưu cũ {path} lên phiên bản hiện tại ({detail}); "
        "không khôi phục."
    ),
    "backup.no_office": (
        "Chưa khai báo cơ quan: hãy khai báo cơ quan trước khi chọn nơi sao lưu tự động."
    ),
    "auth.bad_credentials": "Sai tên đăng nhập hoặc mật khẩu.",
    "auth.locked": (
        "Tài khoản {username} tạm khoá 15 phút do nhập sai mật khẩu nhiều lần; "
        "hãy thử lại sau hoặc nhờ quản trị viên mở khoá."
    ),
    "auth.password_too_short": "Mật khẩu phải có ít nhất {minimum} ký tự.",
    "auth.password_too_long": "Mật khẩu dài quá {maximum} ký tự.",
    "auth.password_too_simple": (
        "Mật khẩu quá đơn giản: hãy dùng cả chữ và số (hoặc ký tự khác), ví dụ \"HopThanh-2026\"."
    ),
    "auth.password_common": (
        "Mật khẩu này quá dễ đoán (trùng tên đăng nhập hoặc là mật khẩu phổ biến); hãy chọn "
        "mật khẩu khác."
    ),
    "auth.no_new_password": (
        "Cần mật khẩu mới: đặt biến môi trường CNSCD_NEW_PASSWORD, hoặc dùng --password-stdin "
        "và đưa mật khẩu vào dòng đầu của đầu vào chuẩn, hoặc chạy trong cửa sổ lệnh để nhập."
    ),
    "auth.unknown_user": "Không có người dùng {username}.",
    "auth.bad_username": "Tên đăng nhập \"{username}\" không hợp lệ (không để trống, không có dấu cách).",
    "auth.bad_role": "Vai trò \"{role}\" không có; chọn admin, clerk hoặc viewer.",
    "auth.clerk_needs_scope": "Cán bộ nhập liệu {username} cần được phân công một đơn vị (--scope).",
    "auth.username_taken": "Tên đăng nhập {username} đã có người dùng.",
    "decision.no_team": "Chưa chọn Tổ nào cho quyết định.",
    "decision.teams_in_several_communes": (
        "Một quyết định chỉ gồm các Tổ của cùng một xã/phường; hãy tách thành nhiều quyết định."
    ),
    "decision.bad_kind": "Loại quyết định \"{kind}\" không có.",
    "decision.frozen": (
        "{label} đã ban hành nên không sửa được; muốn thay đổi hãy lập quyết định kiện toàn mới."
    ),
    "decision.bad_field": "Không sửa được mục \"{field}\" của quyết định.",
    "decision.no_signer": (
        "Quyết định chưa có người ký: hãy khai báo Chủ tịch/Phó Chủ tịch trong phần Cơ quan."
    ),
    "decision.bad_number": "Số quyết định phải từ 1 trở lên (nhận được {number}).",
    "decision.number_taken": (
        "Số {number}/{symbol} năm {year} đã được dùng cho quyết định khác; hãy chọn số khác "
        "hoặc để phần mềm cấp số tiếp theo."
    ),
    "decision.team_without_members": (
        "{team} chưa có thành viên nào; hãy thêm thành viên trước khi ban hành quyết định."
    ),
    "record.stale": (
        "Bản ghi này vừa được người khác sửa sau khi bạn mở; hãy tải lại để xem thay đổi "
        "rồi làm lại."
    ),
    "record.not_found": "Không tìm thấy bản ghi ({entity} số {id}).",
    "perm.admin_only": "Chỉ quản trị viên được làm việc này (người dùng: {username}).",
    "perm.read_only": "Tài khoản {username} chỉ được xem và xuất báo cáo, không được sửa.",
    "perm.out_of_scope": (
        "Tài khoản {username} không được sửa dữ liệu của đơn vị này "
        "(ngoài phạm vi được phân công)."
    ),
    "catalogue.missing_file": (
        "Không tìm thấy tệp danh mục {path}. Hãy cài lại phần mềm đầy đủ."
    ),
    "catalogue.unknown": "Danh mục \"{catalogue}\" không có; chọn 2025 hoặc pre2025.",
    "auth.last_admin": (
        "Không khoá được {username}: đây là quản trị viên cuối cùng còn hoạt động."
    ),
    "server.host_required": "Chưa nhập địa chỉ máy chủ.",
    "server.bad_role_name": (
        "Tên vai trò \"{role}\" không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch "
        "dưới, bắt đầu bằng chữ."
    ),
    "server.role_is_owner": (
        "Vai trò {role} là chủ sở hữu lược đồ; phần mềm phải kết nối bằng một vai trò khác."
    ),
    "server.not_postgres": "Việc này chỉ dùng cho cơ sở dữ liệu trên máy chủ PostgreSQL.",
    "server.database_required": "Chưa nhập tên cơ sở dữ liệu.",
    "server.user_required": "Chưa nhập tên người dùng của máy chủ.",
    "server.bad_port": "Cổng phải là một số từ 1 đến 65535.",
    "server.bad_sslmode": "Chế độ mã hoá không hợp lệ.",
    "server.no_ca_file": "Không tìm thấy tệp chứng chỉ (CA) đã chọn.",
    "server.auth_failed": (
        "Máy chủ {host} từ chối đăng nhập: sai tên người dùng hoặc mật khẩu của cơ sở dữ liệu."
    ),
    "server.no_database": (
        "Máy chủ {host} không có cơ sở dữ liệu \"{database}\". Hãy nhờ quản trị máy chủ tạo "
        "một cơ sở dữ liệu trống rồi bấm Khởi tạo."
    ),
    "server.tls": (
        "Không thiết lập được kết nối mã hoá (TLS) tới {host}: {detail}. Hãy kiểm tra chế độ "
        "mã hoá và tệp chứng chỉ."
    ),
    "server.unreachable": (
        "Không kết nối được tới máy chủ {host}: máy chủ không trả lời (kiểm tra địa chỉ, cổng, "
        "mạng và tường lửa)."
    ),
    "server.error": "Máy chủ {host} báo lỗi: {detail}",
    "server.not_empty": (
        "Cơ sở dữ liệu \"{database}\" đã có {count} bảng của phần mềm khác; không khởi tạo "
        "vào đó để tránh làm hỏng dữ liệu. Hãy dùng một cơ sở dữ liệu trống."
    ),
}


def message_for(code: str, **params) -> str:
    template = MESSAGES.get(code)
    if template is None:
        return f"Lỗi {code}."
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


def describe_error(exc: BaseException) -> str | None:
    """A Vietnamese sentence for an error we know, or None for a programming bug."""
    from desktop.catalogue import CatalogueError

    if isinstance(exc, DatabaseError):
        if "fault" in exc.params:  # a file could not be written: disk full, read-only...
            from vn.faults import fault_message

            return fault_message(exc.params["fault"], exc.params.get("path", ""), exc.detail)
        return message_for(exc.code, detail=exc.detail, **exc.params)
    from desktop.users import AuthError

    if isinstance(exc, (PermissionDenied, CatalogueError, AuthError)):
        return message_for(exc.code, **exc.params)
    from desktop.errors_domain import ValidationFailed

    if isinstance(exc, ValidationFailed):
        from desktop.messages import describe

        return "\n".join(describe(p) for p in exc.problems) or message_for(exc.code)
    from exports.errors import ExportError

    if isinstance(exc, ExportError):  # the writers and readers word their own codes
        return exc.message()
    code = getattr(exc, "code", None)
    if isinstance(code, str) and code in MESSAGES:
        return message_for(code, **getattr(exc, "params", {}))
    if isinstance(exc, pw.OperationalError):
        text = str(exc)
        if "locked" in text or "busy" in text:
            return (
                "Cơ sở dữ liệu đang bận vì một người dùng khác đang ghi. "
                "Hãy thử lại sau ít giây."
            )
        return f"Không mở hoặc ghi được cơ sở dữ liệu: {text}"
    if isinstance(exc, OSError):
        from vn.faults import describe_os_error

        return describe_os_error(exc)
    return None
