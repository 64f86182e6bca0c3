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
        "Bản sao lưu {path} bị lỗi khi kiểm tra ({detail}). Không ghi đè dữ liệu; "
        "hãy thử sao lưu lại hoặc liên hệ quản trị."
    ),
    "restore.missing": "Không tìm thấy tệp sao lưu {path}.",
    "restore.corrupt": (
        "Tệp sao lưu {path} bị hỏng ({detail}); không khôi phục. Hãy chọn bản sao lưu khác."
    ),
    "restore.not_ours": (
        "Tệp {path} không phải bản sao lưu của Sổ Tổ CNSCĐ; không khôi phục."
    ),
    "restore.schema_mismatch": (
        "Bản sao lưu {path} thuộc lược đồ {found}, khác phiên bản hiện tại ({supported}). "
        "Hãy khôi phục bằng phiên bản phần mềm đã tạo ra nó."
    ),
    "auth.bad_credentials": "Sai tên đăng nhập hoặc mật khẩu.",
    "auth.locked": (
        "Tài khoản {username} tạm khoá 15 phút do nhập sai mật khẩu nhiều lần; "
        "hãy thử lại sau hoặc nhờ quản trị viên mở khoá."
    ),
    "auth.password_too_short": "Mật khẩu phải có ít nhất {minimum} ký tự.",
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
    "reform.unplaced": (
        "Còn {count} thôn/tổ dân phố của các xã bị chia tách chưa được xếp vào xã mới: "
        "{villages}. Chưa thay đổi gì; hãy chọn xã mới cho từng thôn (trong trình hướng dẫn "
        "hoặc cột \"Xã mới (mã)\" của trang \"Xếp thôn\" trong tệp kế hoạch) rồi áp dụng lại."
    ),
    "reform.bad_placements": (
        "Tệp kế hoạch có {count} chỗ xếp thôn không dùng được: {details}. Chưa thay đổi gì."
    ),
    "reform.unknown_commune": (
        "Thôn {village} (xã cũ {commune}): mã xã mới \"{value}\" không có trong danh mục 2025; "
        "hãy chọn một mã trong danh sách gợi ý."
    ),
    "reform.not_candidate": (
        "Thôn {village} (xã cũ {commune}) được xếp vào {new}, không thuộc các xã mới mà bảng "
        "chuyển đổi nêu ({candidates}); hãy kiểm tra lại theo Nghị quyết sắp xếp."
    ),
    "reform.unknown_village": (
        "Dòng xếp thôn mã số {id} (xã mới {value}) không còn thôn nào cần xếp tương ứng; bỏ qua."
    ),
    "reform.not_in_mapping": (
        "{count} xã cũ có thôn nhưng không có trong bảng chuyển đổi xã cũ - xã mới: {communes}. "
        "Chưa thay đổi gì; hãy liên hệ quản trị để bổ sung bảng chuyển đổi."
    ),
    "reform.nothing_to_undo": (
        "Chưa có lần sắp xếp 2025 nào được áp dụng trên dữ liệu này nên không có gì để hoàn tác."
    ),
    "reform.backup_missing": (
        "Không tìm thấy bản sao lưu trước khi sắp xếp ({path}); không hoàn tác được. Hãy tìm "
        "tệp sao lưu đó và khôi phục bằng \"Khôi phục…\"."
    ),
    "reform.cancelled": "Đã hủy sắp xếp; dữ liệu không thay đổi.",
    "reform.no_office": "Chưa thiết lập đơn vị sử dụng; hãy thiết lập trước (Công cụ).",
    "reform.no_resolution": (
        "Chưa nhập số và ngày của Nghị quyết sắp xếp đơn vị hành chính cấp xã (để ghi vào phần "
        "căn cứ); hãy nhập rồi lập quyết định kiện toàn."
    ),
    "reform.no_chair": (
        "Chưa có họ tên Chủ tịch UBND của {count} xã mới: {communes}. Quyết định kiện toàn do "
        "Chủ tịch xã mới ký; hãy nhập họ tên rồi lập lại. Chưa ban hành quyết định nào."
    ),
    "reform.too_early": (
        "Ngày ký {day} trước ngày 01/7/2025: xã mới chưa được thành lập; hãy chọn ngày ký từ "
        "01/7/2025."
    ),
    "reform.counts_changed": (
        "Sau khi sắp xếp, số Tổ, thành viên hoặc quyết định không khớp với trước khi sắp xếp; "
        "đã hủy toàn bộ thay đổi. Hãy báo lỗi này cho bộ phận hỗ trợ."
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
        return f"Không đọc/ghi được tệp {getattr(exc, 'filename', '') or ''}: {exc.strerror or exc}"
    return None
