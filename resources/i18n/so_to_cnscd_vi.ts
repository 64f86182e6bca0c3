<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Thêm người dùng</source>
        <translation>Thêm người dùng</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>không dấu, không dấu cách: canbo.hopthanh</source>
        <translation>không dấu, không dấu cách: canbo.hopthanh</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Đơn vị được giao:</source>
        <translation>Đơn vị được giao:</translation>
    </message>
    <message>
        <source>Được xem và sửa số CCCD</source>
        <translation>Được xem và sửa số CCCD</translation>
    </message>
    <message>
        <source>Dữ liệu nhạy cảm:</source>
        <translation>Dữ liệu nhạy cảm:</translation>
    </message>
    <message>
        <source>ít nhất %1 ký tự</source>
        <translation>ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>Nhập tên đăng nhập, không có dấu cách.</source>
        <translation>Nhập tên đăng nhập, không có dấu cách.</translation>
    </message>
    <message>
        <source>Cán bộ nhập liệu cần được giao một đơn vị: tìm theo tên hoặc chọn trên cây.</source>
        <translation>Cán bộ nhập liệu cần được giao một đơn vị: tìm theo tên hoặc chọn trên cây.</translation>
    </message>
</context>
<context>
    <name>ArticlesEditor</name>
    <message>
        <source>(không bắt buộc) ví dụ: Nhiệm vụ của Tổ</source>
        <translation>(không bắt buộc) ví dụ: Nhiệm vụ của Tổ</translation>
    </message>
    <message>
        <source>Mỗi đoạn (khoản) một dòng; dòng trống giữa các đoạn chỉ để dễ đọc.</source>
        <translation>Mỗi đoạn (khoản) một dòng; dòng trống giữa các đoạn chỉ để dễ đọc.</translation>
    </message>
    <message>
        <source>Thêm điều</source>
        <translation>Thêm điều</translation>
    </message>
    <message>
        <source>Xóa điều</source>
        <translation>Xóa điều</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Tiêu đề:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Điều %1. %2</source>
        <translation>Điều %1. %2</translation>
    </message>
</context>
<context>
    <name>AttendeesDialog</name>
    <message>
        <source>Thêm học viên</source>
        <translation>Thêm học viên</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Lớp: %1</source>
        <translation>Lớp: %1</translation>
    </message>
    <message>
        <source>Mọi thành viên các tổ trong %1</source>
        <translation>Mọi thành viên các tổ trong %1</translation>
    </message>
    <message>
        <source>Thành viên của một tổ:</source>
        <translation>Thành viên của một tổ:</translation>
    </message>
    <message>
        <source>Chọn từng người:</source>
        <translation>Chọn từng người:</translation>
    </message>
    <message>
        <source>Gõ tên hoặc số điện thoại, ví dụ: nguyen thi hoa</source>
        <translation>Gõ tên hoặc số điện thoại, ví dụ: nguyen thi hoa</translation>
    </message>
    <message>
        <source>Nhấp đúp hoặc Enter để chọn người</source>
        <translation>Nhấp đúp hoặc Enter để chọn người</translation>
    </message>
    <message>
        <source>Nhấp đúp hoặc Delete để bỏ chọn</source>
        <translation>Nhấp đúp hoặc Delete để bỏ chọn</translation>
    </message>
    <message>
        <source>Tìm thấy:</source>
        <translation>Tìm thấy:</translation>
    </message>
    <message>
        <source>Đã chọn:</source>
        <translation>Đã chọn:</translation>
    </message>
    <message>
        <source>Không tìm thấy ai.</source>
        <translation>Không tìm thấy ai.</translation>
    </message>
    <message>
        <source>%1 người sẽ được thêm (người đã có trong lớp được bỏ qua).</source>
        <translation>%1 người sẽ được thêm (người đã có trong lớp được bỏ qua).</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Bỏ lọc theo đơn vị</source>
        <translation>Bỏ lọc theo đơn vị</translation>
    </message>
    <message>
        <source>Lọc</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <source>Xoá bộ lọc</source>
        <translation>Xoá bộ lọc</translation>
    </message>
    <message>
        <source>Người thực hiện:</source>
        <translation>Người thực hiện:</translation>
    </message>
    <message>
        <source>Loại bản ghi:</source>
        <translation>Loại bản ghi:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Chọn một dòng để xem đầy đủ nội dung trước → sau.</source>
        <translation>Chọn một dòng để xem đầy đủ nội dung trước → sau.</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Chỉ hiện nhật ký của đơn vị được giao.</source>
        <translation>Chỉ hiện nhật ký của đơn vị được giao.</translation>
    </message>
    <message>
        <source>Toàn bộ</source>
        <translation>Toàn bộ</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Ngày kết thúc sớm hơn ngày bắt đầu.</source>
        <translation>Ngày kết thúc sớm hơn ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>%1 mục</source>
        <translation>%1 mục</translation>
    </message>
    <message>
        <source>Không tải được nhật ký: %1</source>
        <translation>Không tải được nhật ký: %1</translation>
    </message>
    <message>
        <source>Đơn vị: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Ghi chú: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>(không có nội dung thay đổi)</source>
        <translation>(không có nội dung thay đổi)</translation>
    </message>
    <message>
        <source>Xuất nhật ký ra Excel</source>
        <translation>Xuất nhật ký ra Excel</translation>
    </message>
    <message>
        <source>Đã xuất xong</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <source>Đã ghi %1 mục nhật ký vào tệp:
%2

Mở thư mục chứa tệp?</source>
        <translation>Đã ghi %1 mục nhật ký vào tệp:
%2

Mở thư mục chứa tệp?</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Không xuất được tệp</source>
        <translation>Không xuất được tệp</translation>
    </message>
    <message>
        <source>Đã dừng</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Đã dừng xuất; không có tệp nào được tạo.</source>
        <translation>Đã dừng xuất; không có tệp nào được tạo.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Bản ghi</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Thay đổi (trước → sau)</source>
        <translation>Thay đổi (trước → sau)</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Thời điểm</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>In quyết định của các Tổ trong xã</source>
        <translation>In quyết định của các Tổ trong xã</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>Các Tổ CNSCĐ của %1</source>
        <translation>Các Tổ CNSCĐ của %1</translation>
    </message>
    <message>
        <source>Các Tổ:</source>
        <translation>Các Tổ:</translation>
    </message>
    <message>
        <source>Mỗi Tổ một tệp PDF, trong thư mục:</source>
        <translation>Mỗi Tổ một tệp PDF, trong thư mục:</translation>
    </message>
    <message>
        <source>Tất cả trong một tệp PDF:</source>
        <translation>Tất cả trong một tệp PDF:</translation>
    </message>
    <message>
        <source>Quyết định %1</source>
        <translation>Quyết định %1</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Tổ đã có quyết định ban hành: in đúng tệp đã lưu khi ban hành. Tổ đang có dự thảo hoặc chưa có quyết định: in bản dự thảo (có dấu DỰ THẢO).</source>
        <translation>Tổ đã có quyết định ban hành: in đúng tệp đã lưu khi ban hành. Tổ đang có dự thảo hoặc chưa có quyết định: in bản dự thảo (có dấu DỰ THẢO).</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu các quyết định</source>
        <translation>Chọn thư mục lưu các quyết định</translation>
    </message>
    <message>
        <source>Lưu các quyết định thành một tệp</source>
        <translation>Lưu các quyết định thành một tệp</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Chọn ít nhất một Tổ.</source>
        <translation>Chọn ít nhất một Tổ.</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu các tệp PDF.</source>
        <translation>Chọn thư mục lưu các tệp PDF.</translation>
    </message>
    <message>
        <source>Đây là một tệp, không phải thư mục.</source>
        <translation>Đây là một tệp, không phải thư mục.</translation>
    </message>
    <message>
        <source>Chọn tệp PDF cần ghi.</source>
        <translation>Chọn tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>Đây là một thư mục; hãy nhập tên tệp .pdf.</source>
        <translation>Đây là một thư mục; hãy nhập tên tệp .pdf.</translation>
    </message>
    <message>
        <source>Thư mục %1 không có.</source>
        <translation>Thư mục %1 không có.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Chào mừng đến với Sổ Tổ CNSCĐ</source>
        <translation>Chào mừng đến với Sổ Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Vài bước để thiết lập đơn vị sử dụng phần mềm. Có thể sửa lại sau trong Công cụ → Thiết lập đơn vị sử dụng.</source>
        <translation>Vài bước để thiết lập đơn vị sử dụng phần mềm. Có thể sửa lại sau trong Công cụ → Thiết lập đơn vị sử dụng.</translation>
    </message>
    <message>
        <source>Phần mềm giúp UBND xã, phường và Sở Khoa học và Công nghệ quản lý Tổ công nghệ số cộng đồng: thôn/tổ dân phố, tổ, thành viên, tập huấn và báo cáo.

Chọn danh mục đơn vị hành chính:</source>
        <translation>Phần mềm giúp UBND xã, phường và Sở Khoa học và Công nghệ quản lý Tổ công nghệ số cộng đồng: thôn/tổ dân phố, tổ, thành viên, tập huấn và báo cáo.

Chọn danh mục đơn vị hành chính:</translation>
    </message>
    <message>
        <source>Danh mục 2025: tỉnh – xã/phường/đặc khu (áp dụng từ 01/07/2025)</source>
        <translation>Danh mục 2025: tỉnh – xã/phường/đặc khu (áp dụng từ 01/07/2025)</translation>
    </message>
    <message>
        <source>Danh mục trước 2025: tỉnh – huyện – xã (hồ sơ trước ngày 01/07/2025)</source>
        <translation>Danh mục trước 2025: tỉnh – huyện – xã (hồ sơ trước ngày 01/07/2025)</translation>
    </message>
    <message>
        <source>Đã có thôn, tổ và thành viên theo danh mục này nên không đổi được danh mục (chuyển sang danh mục 2025: lệnh &quot;reform&quot;).</source>
        <translation>Đã có thôn, tổ và thành viên theo danh mục này nên không đổi được danh mục (chuyển sang danh mục 2025: lệnh &quot;reform&quot;).</translation>
    </message>
    <message>
        <source>Đang nạp danh mục…</source>
        <translation>Đang nạp danh mục…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Tài khoản: %1</source>
        <translation>Tài khoản: %1</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Mật khẩu hiện tại:</translation>
    </message>
    <message>
        <source>Nhập mật khẩu hiện tại.</source>
        <translation>Nhập mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại không đúng.</source>
        <translation>Mật khẩu hiện tại không đúng.</translation>
    </message>
</context>
<context>
    <name>CommuneStatsModel</name>
    <message>
        <source>Xã/phường</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Thôn/TDP</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>% thôn có tổ</source>
        <translation>% thôn có tổ</translation>
    </message>
    <message>
        <source>Đoàn viên</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Đã tập huấn</source>
        <translation>Đã tập huấn</translation>
    </message>
    <message>
        <source>% tập huấn</source>
        <translation>% tập huấn</translation>
    </message>
    <message>
        <source>Quyết định gần nhất</source>
        <translation>Quyết định gần nhất</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Không mã hoá (chỉ trong mạng nội bộ)</source>
        <translation>Không mã hoá (chỉ trong mạng nội bộ)</translation>
    </message>
    <message>
        <source>Mã hoá nếu máy chủ hỗ trợ</source>
        <translation>Mã hoá nếu máy chủ hỗ trợ</translation>
    </message>
    <message>
        <source>Bắt buộc mã hoá (TLS)</source>
        <translation>Bắt buộc mã hoá (TLS)</translation>
    </message>
    <message>
        <source>Bắt buộc mã hoá và kiểm tra chứng chỉ máy chủ</source>
        <translation>Bắt buộc mã hoá và kiểm tra chứng chỉ máy chủ</translation>
    </message>
    <message>
        <source>Kết nối được. Cơ sở dữ liệu đang trống: bấm &quot;Khởi tạo CSDL trống&quot; để tạo bảng và nạp danh mục đơn vị hành chính.</source>
        <translation>Kết nối được. Cơ sở dữ liệu đang trống: bấm &quot;Khởi tạo CSDL trống&quot; để tạo bảng và nạp danh mục đơn vị hành chính.</translation>
    </message>
    <message>
        <source>Kết nối được. Đây là cơ sở dữ liệu của Sổ Tổ CNSCĐ (lược đồ %1, %2 người dùng).</source>
        <translation>Kết nối được. Đây là cơ sở dữ liệu của Sổ Tổ CNSCĐ (lược đồ %1, %2 người dùng).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này do phiên bản mới hơn của phần mềm tạo ra; hãy cập nhật phần mềm trước.</source>
        <translation>Cơ sở dữ liệu này do phiên bản mới hơn của phần mềm tạo ra; hãy cập nhật phần mềm trước.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã có %1 bảng của phần mềm khác; không dùng được. Hãy chọn một cơ sở dữ liệu trống.</source>
        <translation>Cơ sở dữ liệu này đã có %1 bảng của phần mềm khác; không dùng được. Hãy chọn một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Kết nối máy chủ dữ liệu</source>
        <translation>Kết nối máy chủ dữ liệu</translation>
    </message>
    <message>
        <source>Khi nhiều cán bộ cùng nhập liệu, dùng chung một cơ sở dữ liệu PostgreSQL trên máy chủ của xã hoặc của tỉnh. Hỏi quản trị máy chủ các thông tin dưới đây.</source>
        <translation>Khi nhiều cán bộ cùng nhập liệu, dùng chung một cơ sở dữ liệu PostgreSQL trên máy chủ của xã hoặc của tỉnh. Hỏi quản trị máy chủ các thông tin dưới đây.</translation>
    </message>
    <message>
        <source>ví dụ: 192.168.1.10 hoặc csdl.hopthanh.gov.vn</source>
        <translation>ví dụ: 192.168.1.10 hoặc csdl.hopthanh.gov.vn</translation>
    </message>
    <message>
        <source>không được lưu; hỏi lại mỗi lần mở</source>
        <translation>không được lưu; hỏi lại mỗi lần mở</translation>
    </message>
    <message>
        <source>tệp chứng chỉ CA (.crt, .pem) do quản trị cấp</source>
        <translation>tệp chứng chỉ CA (.crt, .pem) do quản trị cấp</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Khi biến môi trường này có giá trị, phần mềm dùng nó làm mật khẩu và không hỏi.</source>
        <translation>Khi biến môi trường này có giá trị, phần mềm dùng nó làm mật khẩu và không hỏi.</translation>
    </message>
    <message>
        <source>Máy chủ:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Cổng:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>Người dùng:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Mã hoá (TLS):</source>
        <translation>Mã hoá (TLS):</translation>
    </message>
    <message>
        <source>Chứng chỉ CA:</source>
        <translation>Chứng chỉ CA:</translation>
    </message>
    <message>
        <source>Biến môi trường mật khẩu:</source>
        <translation>Biến môi trường mật khẩu:</translation>
    </message>
    <message>
        <source>Kiểm tra kết nối</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Khởi tạo CSDL trống</source>
        <translation>Khởi tạo CSDL trống</translation>
    </message>
    <message>
        <source>Lưu và dùng máy chủ này</source>
        <translation>Lưu và dùng máy chủ này</translation>
    </message>
    <message>
        <source>Dùng tệp trên máy này</source>
        <translation>Dùng tệp trên máy này</translation>
    </message>
    <message>
        <source>Thôi dùng máy chủ; lần mở sau dùng tệp dữ liệu trên máy tính này.</source>
        <translation>Thôi dùng máy chủ; lần mở sau dùng tệp dữ liệu trên máy tính này.</translation>
    </message>
    <message>
        <source>Chọn tệp chứng chỉ CA</source>
        <translation>Chọn tệp chứng chỉ CA</translation>
    </message>
    <message>
        <source>Chứng chỉ (*.crt *.pem *.cer);;Tất cả các tệp (*)</source>
        <translation>Chứng chỉ (*.crt *.pem *.cer);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Đang kết nối…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Tạo các bảng của Sổ Tổ CNSCĐ và nạp danh mục đơn vị hành chính vào cơ sở dữ liệu &quot;%1&quot; trên %2? Phần mềm sẽ chuyển sang dùng máy chủ này.</source>
        <translation>Tạo các bảng của Sổ Tổ CNSCĐ và nạp danh mục đơn vị hành chính vào cơ sở dữ liệu &quot;%1&quot; trên %2? Phần mềm sẽ chuyển sang dùng máy chủ này.</translation>
    </message>
    <message>
        <source>Khởi tạo</source>
        <translation>Khởi tạo</translation>
    </message>
    <message>
        <source>Đang tạo bảng và nạp danh mục…</source>
        <translation>Đang tạo bảng và nạp danh mục…</translation>
    </message>
    <message>
        <source>Đã khởi tạo cơ sở dữ liệu trên máy chủ.</source>
        <translation>Đã khởi tạo cơ sở dữ liệu trên máy chủ.</translation>
    </message>
    <message>
        <source>Kết nối máy chủ</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>Thôi dùng máy chủ và dùng tệp dữ liệu trên máy tính này từ lần mở sau?</source>
        <translation>Thôi dùng máy chủ và dùng tệp dữ liệu trên máy tính này từ lần mở sau?</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Sửa lớp tập huấn</source>
        <translation>Sửa lớp tập huấn</translation>
    </message>
    <message>
        <source>Thêm lớp tập huấn</source>
        <translation>Thêm lớp tập huấn</translation>
    </message>
    <message>
        <source>Ví dụ: Kỹ năng số cơ bản cho Tổ CNSCĐ</source>
        <translation>Ví dụ: Kỹ năng số cơ bản cho Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Tên lớp:</source>
        <translation>Tên lớp:</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức:</source>
        <translation>Đơn vị tổ chức:</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Hình thức:</translation>
    </message>
    <message>
        <source>Nền tảng:</source>
        <translation>Nền tảng:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Ví dụ: 4 hoặc 3,5</source>
        <translation>Ví dụ: 4 hoặc 3,5</translation>
    </message>
    <message>
        <source>Số giờ:</source>
        <translation>Số giờ:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>Lớp tập huấn</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Địa điểm / nền tảng</source>
        <translation>Địa điểm / nền tảng</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Học viên</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>%1 / %2 hoàn thành</source>
        <translation>%1 / %2 hoàn thành</translation>
    </message>
</context>
<context>
    <name>CreateTeamDialog</name>
    <message>
        <source>Thành lập Tổ CNSCĐ</source>
        <translation>Thành lập Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Thành lập</source>
        <translation>Thành lập</translation>
    </message>
    <message>
        <source>Thôn/tổ dân phố:</source>
        <translation>Thôn/tổ dân phố:</translation>
    </message>
    <message>
        <source>Tên tổ:</source>
        <translation>Tên tổ:</translation>
    </message>
    <message>
        <source>Ngày thành lập:</source>
        <translation>Ngày thành lập:</translation>
    </message>
    <message>
        <source>Để trống ngày thành lập nếu tổ mới dự kiến (chưa có quyết định).</source>
        <translation>Để trống ngày thành lập nếu tổ mới dự kiến (chưa có quyết định).</translation>
    </message>
</context>
<context>
    <name>DecisionDefaultsDialog</name>
    <message>
        <source>Người ký và căn cứ quyết định</source>
        <translation>Người ký và căn cứ quyết định</translation>
    </message>
    <message>
        <source>Áp dụng cho: %1</source>
        <translation>Áp dụng cho: %1</translation>
    </message>
    <message>
        <source>Chủ tịch:</source>
        <translation>Chủ tịch:</translation>
    </message>
    <message>
        <source>Phó Chủ tịch (mỗi dòng một người):</source>
        <translation>Phó Chủ tịch (mỗi dòng một người):</translation>
    </message>
    <message>
        <source>ví dụ 125 hoặc 125/KH-UBND</source>
        <translation>ví dụ 125 hoặc 125/KH-UBND</translation>
    </message>
    <message>
        <source>Số Kế hoạch của tỉnh:</source>
        <translation>Số Kế hoạch của tỉnh:</translation>
    </message>
    <message>
        <source>Ngày Kế hoạch:</source>
        <translation>Ngày Kế hoạch:</translation>
    </message>
    <message>
        <source>để trống: dùng căn cứ mặc định (Luật 72/2025/QH15, Văn bản 793/BTTTT-THH, Kế hoạch của tỉnh)</source>
        <translation>để trống: dùng căn cứ mặc định (Luật 72/2025/QH15, Văn bản 793/BTTTT-THH, Kế hoạch của tỉnh)</translation>
    </message>
    <message>
        <source>Căn cứ riêng (mỗi dòng một căn cứ):</source>
        <translation>Căn cứ riêng (mỗi dòng một căn cứ):</translation>
    </message>
    <message>
        <source>Theo đề nghị của Trưởng phòng Văn hóa - Xã hội</source>
        <translation>Theo đề nghị của Trưởng phòng Văn hóa - Xã hội</translation>
    </message>
    <message>
        <source>Đề nghị:</source>
        <translation>Đề nghị:</translation>
    </message>
    <message>
        <source>Mỗi dự thảo mới lấy người ký và căn cứ từ đây. Trong căn cứ có thể viết {commune}, {province} và {plan} (số và ngày Kế hoạch).</source>
        <translation>Mỗi dự thảo mới lấy người ký và căn cứ từ đây. Trong căn cứ có thể viết {commune}, {province} và {plan} (số và ngày Kế hoạch).</translation>
    </message>
    <message>
        <source>đang dùng: %1 ngày %2 (chung)</source>
        <translation>đang dùng: %1 ngày %2 (chung)</translation>
    </message>
    <message>
        <source>Nhập cả số và ngày của Kế hoạch.</source>
        <translation>Nhập cả số và ngày của Kế hoạch.</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Dự thảo vừa được người khác sửa</source>
        <translation>Dự thảo vừa được người khác sửa</translation>
    </message>
    <message>
        <source>Trong lúc bạn sửa, một người khác đã sửa và lưu dự thảo quyết định này.</source>
        <translation>Trong lúc bạn sửa, một người khác đã sửa và lưu dự thảo quyết định này.</translation>
    </message>
    <message>
        <source>Tải bản mới: xem thay đổi của họ (các sửa đổi của bạn chưa lưu sẽ mất).
Lưu đè: giữ bản của bạn, thay cho bản họ vừa lưu.</source>
        <translation>Tải bản mới: xem thay đổi của họ (các sửa đổi của bạn chưa lưu sẽ mất).
Lưu đè: giữ bản của bạn, thay cho bản họ vừa lưu.</translation>
    </message>
    <message>
        <source>Tải bản mới</source>
        <translation>Tải bản mới</translation>
    </message>
    <message>
        <source>Lưu đè bản của tôi</source>
        <translation>Lưu đè bản của tôi</translation>
    </message>
    <message>
        <source>Sửa dự thảo quyết định</source>
        <translation>Sửa dự thảo quyết định</translation>
    </message>
    <message>
        <source> và %1 Tổ khác</source>
        <translation> và %1 Tổ khác</translation>
    </message>
    <message>
        <source>Dự thảo quyết định %1 — %2</source>
        <translation>Dự thảo quyết định %1 — %2</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (để trống nếu chưa biết)</source>
        <translation>dd/mm/yyyy (để trống nếu chưa biết)</translation>
    </message>
    <message>
        <source>Mỗi dòng một căn cứ, bắt đầu bằng &quot;Căn cứ&quot;; dấu ; và . cuối dòng tự thêm khi in.</source>
        <translation>Mỗi dòng một căn cứ, bắt đầu bằng &quot;Căn cứ&quot;; dấu ; và . cuối dòng tự thêm khi in.</translation>
    </message>
    <message>
        <source>Mỗi dòng một nơi nhận; dòng cuối thường là &quot;Lưu: VT, VHXH&quot;.</source>
        <translation>Mỗi dòng một nơi nhận; dòng cuối thường là &quot;Lưu: VT, VHXH&quot;.</translation>
    </message>
    <message>
        <source>Trích yếu:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Căn cứ (mỗi dòng một căn cứ):</source>
        <translation>Căn cứ (mỗi dòng một căn cứ):</translation>
    </message>
    <message>
        <source>Đề nghị:</source>
        <translation>Đề nghị:</translation>
    </message>
    <message>
        <source>Các điều:</source>
        <translation>Các điều:</translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Nơi nhận (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Ký hiệu:</source>
        <translation>Ký hiệu:</translation>
    </message>
    <message>
        <source>Ngày ký dự kiến:</source>
        <translation>Ngày ký dự kiến:</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Hiện/ẩn bản xem trước (F5: cập nhật ngay)</source>
        <translation>Hiện/ẩn bản xem trước (F5: cập nhật ngay)</translation>
    </message>
    <message>
        <source>%1 — %2 (như trong dự thảo)</source>
        <translation>%1 — %2 (như trong dự thảo)</translation>
    </message>
    <message>
        <source>Chưa nhập trích yếu (&quot;Về việc …&quot;).</source>
        <translation>Chưa nhập trích yếu (&quot;Về việc …&quot;).</translation>
    </message>
    <message>
        <source>Chưa nhập ký hiệu (ví dụ QĐ-UBND).</source>
        <translation>Chưa nhập ký hiệu (ví dụ QĐ-UBND).</translation>
    </message>
    <message>
        <source>Quyết định cần ít nhất một điều.</source>
        <translation>Quyết định cần ít nhất một điều.</translation>
    </message>
    <message>
        <source>Dự thảo này vừa bị người khác xóa; không lưu được. Nội dung bạn đang sửa vẫn còn trên màn hình để sao chép.</source>
        <translation>Dự thảo này vừa bị người khác xóa; không lưu được. Nội dung bạn đang sửa vẫn còn trên màn hình để sao chép.</translation>
    </message>
    <message>
        <source>Đã tải bản mới nhất do người khác lưu.</source>
        <translation>Đã tải bản mới nhất do người khác lưu.</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Các thay đổi trong dự thảo chưa được lưu. Đóng và bỏ các thay đổi?</source>
        <translation>Các thay đổi trong dự thảo chưa được lưu. Đóng và bỏ các thay đổi?</translation>
    </message>
    <message>
        <source>Cần sửa trước khi ban hành:
%1</source>
        <translation>Cần sửa trước khi ban hành:
%1</translation>
    </message>
    <message>
        <source>Ngày ký dự kiến chưa đúng dạng dd/mm/yyyy.</source>
        <translation>Ngày ký dự kiến chưa đúng dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Không dựng được bản xem trước: %1</source>
        <translation>Không dựng được bản xem trước: %1</translation>
    </message>
    <message>
        <source>Dự thảo quyết định</source>
        <translation>Dự thảo quyết định</translation>
    </message>
</context>
<context>
    <name>DecisionMenu</name>
    <message>
        <source>&amp;Quyết định</source>
        <translation>&amp;Quyết định</translation>
    </message>
    <message>
        <source>Lập quyết định cho các Tổ trong xã…</source>
        <translation>Lập quyết định cho các Tổ trong xã…</translation>
    </message>
    <message>
        <source>In quyết định của các Tổ trong xã…</source>
        <translation>In quyết định của các Tổ trong xã…</translation>
    </message>
    <message>
        <source>Mỗi Tổ một tệp PDF trong một thư mục, hoặc tất cả trong một tệp PDF</source>
        <translation>Mỗi Tổ một tệp PDF trong một thư mục, hoặc tất cả trong một tệp PDF</translation>
    </message>
    <message>
        <source>Người ký và căn cứ quyết định…</source>
        <translation>Người ký và căn cứ quyết định…</translation>
    </message>
    <message>
        <source>Chủ tịch, Phó Chủ tịch và Kế hoạch của tỉnh: của xã đang chọn, hoặc của cả cơ quan</source>
        <translation>Chủ tịch, Phó Chủ tịch và Kế hoạch của tỉnh: của xã đang chọn, hoặc của cả cơ quan</translation>
    </message>
    <message>
        <source>cả cơ quan</source>
        <translation>cả cơ quan</translation>
    </message>
    <message>
        <source>Chọn một xã/phường (hoặc một thôn của xã) ở cây bên trái trước.</source>
        <translation>Chọn một xã/phường (hoặc một thôn của xã) ở cây bên trái trước.</translation>
    </message>
    <message>
        <source>Lập quyết định cho các Tổ trong xã</source>
        <translation>Lập quyết định cho các Tổ trong xã</translation>
    </message>
    <message>
        <source>In quyết định của các Tổ trong xã</source>
        <translation>In quyết định của các Tổ trong xã</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Ngày ký</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Số Tổ</source>
        <translation>Số Tổ</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>%1 (dự kiến)</source>
        <translation>%1 (dự kiến)</translation>
    </message>
    <message>
        <source>Dự thảo: sửa được; in ra có dấu DỰ THẢO. Ban hành để cấp số.</source>
        <translation>Dự thảo: sửa được; in ra có dấu DỰ THẢO. Ban hành để cấp số.</translation>
    </message>
    <message>
        <source>Đã được một quyết định sau thay thế.</source>
        <translation>Đã được một quyết định sau thay thế.</translation>
    </message>
    <message>
        <source>Đã ban hành: không sửa được; bản in là tệp đã lưu khi ban hành.</source>
        <translation>Đã ban hành: không sửa được; bản in là tệp đã lưu khi ban hành.</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Lập quyết định…</source>
        <translation>Lập quyết định…</translation>
    </message>
    <message>
        <source>Sửa dự thảo…</source>
        <translation>Sửa dự thảo…</translation>
    </message>
    <message>
        <source>Ban hành…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <source>Xem trước và in…</source>
        <translation>Xem trước và in…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>In ngay…</source>
        <translation>In ngay…</translation>
    </message>
    <message>
        <source>Mở bằng trình xem PDF</source>
        <translation>Mở bằng trình xem PDF</translation>
    </message>
    <message>
        <source>Xóa dự thảo…</source>
        <translation>Xóa dự thảo…</translation>
    </message>
    <message>
        <source>Lập dự thảo quyết định thành lập, kiện toàn hoặc giải thể Tổ này (có thể chọn thêm các Tổ khác trong xã)</source>
        <translation>Lập dự thảo quyết định thành lập, kiện toàn hoặc giải thể Tổ này (có thể chọn thêm các Tổ khác trong xã)</translation>
    </message>
    <message>
        <source>Xem từng trang như khi in, rồi in</source>
        <translation>Xem từng trang như khi in, rồi in</translation>
    </message>
    <message>
        <source>Tổ chưa có quyết định nào: bấm &quot;Lập quyết định…&quot; để lập dự thảo.</source>
        <translation>Tổ chưa có quyết định nào: bấm &quot;Lập quyết định…&quot; để lập dự thảo.</translation>
    </message>
    <message>
        <source>%1 quyết định, %2 dự thảo chưa ban hành</source>
        <translation>%1 quyết định, %2 dự thảo chưa ban hành</translation>
    </message>
    <message>
        <source>Lập dự thảo quyết định</source>
        <translation>Lập dự thảo quyết định</translation>
    </message>
    <message>
        <source>Tổ đang có dự thảo chưa ban hành. Vẫn lập thêm một dự thảo mới?</source>
        <translation>Tổ đang có dự thảo chưa ban hành. Vẫn lập thêm một dự thảo mới?</translation>
    </message>
    <message>
        <source>Lập thêm</source>
        <translation>Lập thêm</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Có thể mở dữ liệu mẫu để dùng thử trước khi nhập dữ liệu thật.</source>
        <translation>Có thể mở dữ liệu mẫu để dùng thử trước khi nhập dữ liệu thật.</translation>
    </message>
    <message>
        <source>Mở dữ liệu mẫu trong một cơ sở dữ liệu riêng</source>
        <translation>Mở dữ liệu mẫu trong một cơ sở dữ liệu riêng</translation>
    </message>
    <message>
        <source>Một huyện cũ (vài xã, vài giây)</source>
        <translation>Một huyện cũ (vài xã, vài giây)</translation>
    </message>
    <message>
        <source>Một tỉnh (khoảng một phút)</source>
        <translation>Một tỉnh (khoảng một phút)</translation>
    </message>
    <message>
        <source>Quy mô:</source>
        <translation>Quy mô:</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu (tên người, số điện thoại và quyết định hư cấu) nằm trong tệp riêng &quot;du-lieu-mau.db&quot; và mở trong một cửa sổ riêng có chữ DỮ LIỆU MẪU trên thanh tiêu đề. Dữ liệu của cơ quan không bị trộn lẫn: đóng cửa sổ đó là xong.</source>
        <translation>Dữ liệu mẫu (tên người, số điện thoại và quyết định hư cấu) nằm trong tệp riêng &quot;du-lieu-mau.db&quot; và mở trong một cửa sổ riêng có chữ DỮ LIỆU MẪU trên thanh tiêu đề. Dữ liệu của cơ quan không bị trộn lẫn: đóng cửa sổ đó là xong.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Đã chuyển sang đơn vị hành chính mới</source>
        <translation>Đã chuyển sang đơn vị hành chính mới</translation>
    </message>
    <message>
        <source>Xuất bảng so sánh trước/sau…</source>
        <translation>Xuất bảng so sánh trước/sau…</translation>
    </message>
    <message>
        <source>Đã chuyển %1 thôn của %2 xã cũ sang %3 xã mới.</source>
        <translation>Đã chuyển %1 thôn của %2 xã cũ sang %3 xã mới.</translation>
    </message>
    <message>
        <source>Tổ: %1 trước, %2 sau.</source>
        <translation>Tổ: %1 trước, %2 sau.</translation>
    </message>
    <message>
        <source>Lượt thành viên: %1 trước, %2 sau.</source>
        <translation>Lượt thành viên: %1 trước, %2 sau.</translation>
    </message>
    <message>
        <source>Quyết định: %1 trước, %2 sau.</source>
        <translation>Quyết định: %1 trước, %2 sau.</translation>
    </message>
    <message>
        <source>Bản sao lưu trước khi sắp xếp: %1</source>
        <translation>Bản sao lưu trước khi sắp xếp: %1</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>Kết thúc tư cách thành viên</source>
        <translation>Kết thúc tư cách thành viên</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>%1 (%2) thôi tham gia tổ từ ngày dưới đây. Lịch sử vẫn được giữ.</source>
        <translation>%1 (%2) thôi tham gia tổ từ ngày dưới đây. Lịch sử vẫn được giữ.</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Ví dụ: chuyển công tác, xin thôi</source>
        <translation>Ví dụ: chuyển công tác, xin thôi</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>ExcelMenu</name>
    <message>
        <source>Xuất danh sách thành viên…</source>
        <translation>Xuất danh sách thành viên…</translation>
    </message>
    <message>
        <source>Xuất báo cáo thống kê…</source>
        <translation>Xuất báo cáo thống kê…</translation>
    </message>
    <message>
        <source>Xuất kết quả tập huấn…</source>
        <translation>Xuất kết quả tập huấn…</translation>
    </message>
    <message>
        <source>Tải mẫu nhập liệu…</source>
        <translation>Tải mẫu nhập liệu…</translation>
    </message>
    <message>
        <source>Nhập danh sách từ Excel…</source>
        <translation>Nhập danh sách từ Excel…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Xuất danh sách thành viên</source>
        <translation>Xuất danh sách thành viên</translation>
    </message>
    <message>
        <source>Xuất báo cáo thống kê</source>
        <translation>Xuất báo cáo thống kê</translation>
    </message>
    <message>
        <source>Xuất kết quả tập huấn</source>
        <translation>Xuất kết quả tập huấn</translation>
    </message>
    <message>
        <source>Tải mẫu nhập liệu</source>
        <translation>Tải mẫu nhập liệu</translation>
    </message>
    <message>
        <source>Toàn bộ phạm vi %1</source>
        <translation>Toàn bộ phạm vi %1</translation>
    </message>
    <message>
        <source>Toàn bộ dữ liệu</source>
        <translation>Toàn bộ dữ liệu</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Kèm số CCCD</source>
        <translation>Kèm số CCCD</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (để trống: hôm nay)</source>
        <translation>dd/mm/yyyy (để trống: hôm nay)</translation>
    </message>
    <message>
        <source>Theo khóa tập huấn (mỗi khóa một trang)</source>
        <translation>Theo khóa tập huấn (mỗi khóa một trang)</translation>
    </message>
    <message>
        <source>Theo từng thành viên</source>
        <translation>Theo từng thành viên</translation>
    </message>
    <message>
        <source>Chỉ xuất được khi cơ quan bật cài đặt xuất số CCCD và tài khoản được xem số CCCD.</source>
        <translation>Chỉ xuất được khi cơ quan bật cài đặt xuất số CCCD và tài khoản được xem số CCCD.</translation>
    </message>
    <message>
        <source>Bật cài đặt xuất số CCCD cho cơ quan</source>
        <translation>Bật cài đặt xuất số CCCD cho cơ quan</translation>
    </message>
    <message>
        <source>Tính đến ngày:</source>
        <translation>Tính đến ngày:</translation>
    </message>
    <message>
        <source>Cách trình bày:</source>
        <translation>Cách trình bày:</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Lưu vào tệp:</source>
        <translation>Lưu vào tệp:</translation>
    </message>
    <message>
        <source>Xuất</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Tải mẫu</source>
        <translation>Tải mẫu</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Chọn tệp để lưu.</source>
        <translation>Chọn tệp để lưu.</translation>
    </message>
    <message>
        <source>Thư mục %1 không có.</source>
        <translation>Thư mục %1 không có.</translation>
    </message>
    <message>
        <source>Ngày &quot;%1&quot; không hợp lệ; nhập theo dạng dd/mm/yyyy.</source>
        <translation>Ngày &quot;%1&quot; không hợp lệ; nhập theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Đã ghi danh sách %1 thành viên vào tệp:</source>
        <translation>Đã ghi danh sách %1 thành viên vào tệp:</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo %1 xã/phường vào tệp:</source>
        <translation>Đã ghi báo cáo %1 xã/phường vào tệp:</translation>
    </message>
    <message>
        <source>Đã ghi %1 dòng kết quả tập huấn vào tệp:</source>
        <translation>Đã ghi %1 dòng kết quả tập huấn vào tệp:</translation>
    </message>
    <message>
        <source>Đã ghi mẫu nhập liệu vào tệp:</source>
        <translation>Đã ghi mẫu nhập liệu vào tệp:</translation>
    </message>
    <message>
        <source>Mở thư mục chứa tệp?</source>
        <translation>Mở thư mục chứa tệp?</translation>
    </message>
    <message>
        <source>Đã xuất xong</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Đã dừng</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Đã dừng xuất; không có tệp nào được tạo.</source>
        <translation>Đã dừng xuất; không có tệp nào được tạo.</translation>
    </message>
    <message>
        <source>Không xuất được tệp</source>
        <translation>Không xuất được tệp</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Thiết lập Sổ Tổ CNSCĐ</source>
        <translation>Thiết lập Sổ Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Đang nạp danh mục đơn vị hành chính…</source>
        <translation>Đang nạp danh mục đơn vị hành chính…</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Không mở được cửa sổ dữ liệu mẫu. Tệp: %1</source>
        <translation>Không mở được cửa sổ dữ liệu mẫu. Tệp: %1</translation>
    </message>
    <message>
        <source>Không tạo được dữ liệu mẫu</source>
        <translation>Không tạo được dữ liệu mẫu</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Bỏ những gì vừa nhập và đóng cửa sổ này?</source>
        <translation>Bỏ những gì vừa nhập và đóng cửa sổ này?</translation>
    </message>
    <message>
        <source>Bỏ, không lưu</source>
        <translation>Bỏ, không lưu</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy, hoặc chỉ năm.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy, hoặc chỉ năm.</translation>
    </message>
    <message>
        <source>Đã tải lại dữ liệu mới nhất. Hãy nhập lại thay đổi của bạn rồi bấm Lưu.</source>
        <translation>Đã tải lại dữ liệu mới nhất. Hãy nhập lại thay đổi của bạn rồi bấm Lưu.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>vai trò</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <source>Nhập danh sách từ Excel</source>
        <translation>Nhập danh sách từ Excel</translation>
    </message>
    <message>
        <source>Tệp:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <source>Chọn tệp .xlsx, .xls, .ods hoặc kéo thả tệp vào đây</source>
        <translation>Chọn tệp .xlsx, .xls, .ods hoặc kéo thả tệp vào đây</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Nhập vào:</source>
        <translation>Nhập vào:</translation>
    </message>
    <message>
        <source>Thay cả danh sách (ai không có trong tệp thì thôi tham gia Tổ)</source>
        <translation>Thay cả danh sách (ai không có trong tệp thì thôi tham gia Tổ)</translation>
    </message>
    <message>
        <source>Kiểm tra lại</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Cột “Đã tập huấn” ghi nhận hoàn thành khóa:</source>
        <translation>Cột “Đã tập huấn” ghi nhận hoàn thành khóa:</translation>
    </message>
    <message>
        <source>Không ghi nhận (trừ khóa có tên ghi trong ô)</source>
        <translation>Không ghi nhận (trừ khóa có tên ghi trong ô)</translation>
    </message>
    <message>
        <source>Chọn tệp danh sách để kiểm tra.</source>
        <translation>Chọn tệp danh sách để kiểm tra.</translation>
    </message>
    <message>
        <source>Chỉ dòng có lỗi</source>
        <translation>Chỉ dòng có lỗi</translation>
    </message>
    <message>
        <source>Bỏ qua các dòng không nhận, chỉ ghi các dòng hợp lệ</source>
        <translation>Bỏ qua các dòng không nhận, chỉ ghi các dòng hợp lệ</translation>
    </message>
    <message>
        <source>Tải báo cáo lỗi…</source>
        <translation>Tải báo cáo lỗi…</translation>
    </message>
    <message>
        <source>Ghi vào dữ liệu</source>
        <translation>Ghi vào dữ liệu</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Theo xã, thôn ghi trong tệp</source>
        <translation>Theo xã, thôn ghi trong tệp</translation>
    </message>
    <message>
        <source>Đang kiểm tra…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Đang kiểm tra tệp…</source>
        <translation>Đang kiểm tra tệp…</translation>
    </message>
    <message>
        <source>Không nhập được tệp này.</source>
        <translation>Không nhập được tệp này.</translation>
    </message>
    <message>
        <source>Hãy sửa các dòng không nhận trong tệp rồi kiểm tra lại (hoặc chọn bỏ qua chúng).</source>
        <translation>Hãy sửa các dòng không nhận trong tệp rồi kiểm tra lại (hoặc chọn bỏ qua chúng).</translation>
    </message>
    <message>
        <source>Đã dừng; chưa ghi gì.</source>
        <translation>Đã dừng; chưa ghi gì.</translation>
    </message>
    <message>
        <source>Tải báo cáo lỗi</source>
        <translation>Tải báo cáo lỗi</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo</source>
        <translation>Đã ghi báo cáo</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo lỗi vào tệp:
%1

Mở thư mục chứa tệp?</source>
        <translation>Đã ghi báo cáo lỗi vào tệp:
%1

Mở thư mục chứa tệp?</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Đang ghi báo cáo lỗi…</source>
        <translation>Đang ghi báo cáo lỗi…</translation>
    </message>
    <message>
        <source>Ghi các thay đổi này vào cơ sở dữ liệu? Tất cả được ghi cùng lúc; nếu có lỗi thì không ghi gì.</source>
        <translation>Ghi các thay đổi này vào cơ sở dữ liệu? Tất cả được ghi cùng lúc; nếu có lỗi thì không ghi gì.</translation>
    </message>
    <message>
        <source>Ghi</source>
        <translation>Ghi</translation>
    </message>
    <message>
        <source>Đang ghi danh sách…</source>
        <translation>Đang ghi danh sách…</translation>
    </message>
    <message>
        <source>Chưa ghi gì: dữ liệu vừa thay đổi và có dòng không nhận được. Hãy xem lại bảng kiểm tra.</source>
        <translation>Chưa ghi gì: dữ liệu vừa thay đổi và có dòng không nhận được. Hãy xem lại bảng kiểm tra.</translation>
    </message>
    <message>
        <source>Đã nhập xong</source>
        <translation>Đã nhập xong</translation>
    </message>
    <message>
        <source>Đã ghi vào dữ liệu.</source>
        <translation>Đã ghi vào dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Trang tính</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Thôn/Tổ dân phố</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Lỗi, cảnh báo</source>
        <translation>Lỗi, cảnh báo</translation>
    </message>
    <message>
        <source>Không nhận</source>
        <translation>Không nhận</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Thôi tham gia</source>
        <translation>Thôi tham gia</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Ban hành quyết định</source>
        <translation>Ban hành quyết định</translation>
    </message>
    <message>
        <source>Ban hành…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>(chưa có người ký)</source>
        <translation>(chưa có người ký)</translation>
    </message>
    <message>
        <source>Ngày ký:</source>
        <translation>Ngày ký:</translation>
    </message>
    <message>
        <source>Số (do văn thư cấp):</source>
        <translation>Số (do văn thư cấp):</translation>
    </message>
    <message>
        <source>Sẽ in:</source>
        <translation>Sẽ in:</translation>
    </message>
    <message>
        <source>Văn thư đã cấp số này (xác nhận số không theo thứ tự ngày)</source>
        <translation>Văn thư đã cấp số này (xác nhận số không theo thứ tự ngày)</translation>
    </message>
    <message>
        <source>Sau khi ban hành, quyết định được cấp số, danh sách thành viên được chốt và tệp PDF được lưu lại: không sửa được nữa. Muốn thay đổi, lập quyết định kiện toàn mới.</source>
        <translation>Sau khi ban hành, quyết định được cấp số, danh sách thành viên được chốt và tệp PDF được lưu lại: không sửa được nữa. Muốn thay đổi, lập quyết định kiện toàn mới.</translation>
    </message>
    <message>
        <source>để trống: số tiếp theo (%1)</source>
        <translation>để trống: số tiếp theo (%1)</translation>
    </message>
    <message>
        <source>để trống: số tiếp theo</source>
        <translation>để trống: số tiếp theo</translation>
    </message>
    <message>
        <source>Số: %1, %2</source>
        <translation>Số: %1, %2</translation>
    </message>
    <message>
        <source>Số: %1</source>
        <translation>Số: %1</translation>
    </message>
    <message>
        <source>Chưa ban hành được:
%1</source>
        <translation>Chưa ban hành được:
%1</translation>
    </message>
    <message>
        <source>Nhập ngày ký theo dạng dd/mm/yyyy.</source>
        <translation>Nhập ngày ký theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Ngày ký %1 quá xa trong tương lai.</source>
        <translation>Ngày ký %1 quá xa trong tương lai.</translation>
    </message>
    <message>
        <source>Ban hành quyết định số %1 ngày %2?

Sau khi ban hành không sửa được quyết định này nữa.</source>
        <translation>Ban hành quyết định số %1 ngày %2?

Sau khi ban hành không sửa được quyết định này nữa.</translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Dự thảo vừa được người khác sửa sau khi bạn mở hộp thoại này, nên chưa ban hành. Hãy xem lại bản mới rồi ban hành lại.</source>
        <translation>Dự thảo vừa được người khác sửa sau khi bạn mở hộp thoại này, nên chưa ban hành. Hãy xem lại bản mới rồi ban hành lại.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sổ Tổ CNSCĐ</source>
        <translation>Sổ Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này có nhiều người dùng. Hãy đăng nhập bằng tài khoản được quản trị viên cấp.</source>
        <translation>Cơ sở dữ liệu này có nhiều người dùng. Hãy đăng nhập bằng tài khoản được quản trị viên cấp.</translation>
    </message>
    <message>
        <source>ví dụ: canbo.hopthanh</source>
        <translation>ví dụ: canbo.hopthanh</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation>Nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>Tài khoản %1 đang tạm khoá đến %2 ngày %3 vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau thời điểm đó hoặc nhờ quản trị viên mở khoá.</source>
        <translation>Tài khoản %1 đang tạm khoá đến %2 ngày %3 vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau thời điểm đó hoặc nhờ quản trị viên mở khoá.</translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu. Lưu ý: sau nhiều lần nhập sai, tài khoản sẽ bị tạm khoá.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu. Lưu ý: sau nhiều lần nhập sai, tài khoản sẽ bị tạm khoá.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cây đơn vị hành chính</source>
        <translation>Cây đơn vị hành chính</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>● thôn đã có Tổ CNSCĐ   – chưa có tổ</source>
        <translation>● thôn đã có Tổ CNSCĐ   – chưa có tổ</translation>
    </message>
    <message>
        <source>Sổ Tổ CNSCĐ</source>
        <translation>Sổ Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>DỮ LIỆU MẪU (hư cấu, chỉ để dùng thử)</source>
        <translation>DỮ LIỆU MẪU (hư cấu, chỉ để dùng thử)</translation>
    </message>
    <message>
        <source>Chưa thiết lập đơn vị sử dụng: chọn Công cụ → Thiết lập đơn vị.</source>
        <translation>Chưa thiết lập đơn vị sử dụng: chọn Công cụ → Thiết lập đơn vị.</translation>
    </message>
    <message>
        <source>Đơn vị sử dụng: %1</source>
        <translation>Đơn vị sử dụng: %1</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Công cụ</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>Thiết lập đơn vị sử dụng…</source>
        <translation>Thiết lập đơn vị sử dụng…</translation>
    </message>
    <message>
        <source>Mở dữ liệu mẫu để dùng thử…</source>
        <translation>Mở dữ liệu mẫu để dùng thử…</translation>
    </message>
    <message>
        <source>Mã %1</source>
        <translation>Mã %1</translation>
    </message>
    <message>
        <source>đang đếm thôn và tổ…</source>
        <translation>đang đếm thôn và tổ…</translation>
    </message>
    <message>
        <source>%2 thôn/tổ dân phố · %3 tổ CNSCĐ</source>
        <translation>%2 thôn/tổ dân phố · %3 tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Mở dữ liệu mẫu (tên người và số điện thoại hư cấu, khoảng 18 xã) trong một cửa sổ riêng? Dữ liệu mẫu nằm trong tệp riêng, không trộn vào dữ liệu của cơ quan.</source>
        <translation>Mở dữ liệu mẫu (tên người và số điện thoại hư cấu, khoảng 18 xã) trong một cửa sổ riêng? Dữ liệu mẫu nằm trong tệp riêng, không trộn vào dữ liệu của cơ quan.</translation>
    </message>
    <message>
        <source>Mở dữ liệu mẫu</source>
        <translation>Mở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Tìm kiếm</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Chọn một đơn vị ở cây bên trái</source>
        <translation>Chọn một đơn vị ở cây bên trái</translation>
    </message>
    <message>
        <source>Đã có Tổ CNSCĐ</source>
        <translation>Đã có Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Chưa có Tổ CNSCĐ</source>
        <translation>Chưa có Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở phần mềm sau.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở phần mềm sau.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Sửa thông tin thành viên</source>
        <translation>Sửa thông tin thành viên</translation>
    </message>
    <message>
        <source>Thêm thành viên</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Vai trò trong tổ:</source>
        <translation>Vai trò trong tổ:</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Thị Hoa</source>
        <translation>Ví dụ: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Họ và tên:</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Ngày sinh:</translation>
    </message>
    <message>
        <source>Dân tộc:</source>
        <translation>Dân tộc:</translation>
    </message>
    <message>
        <source>Ví dụ: 0912345678</source>
        <translation>Ví dụ: 0912345678</translation>
    </message>
    <message>
        <source>Số điện thoại:</source>
        <translation>Số điện thoại:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>12 chữ số (chỉ nhập nếu được yêu cầu)</source>
        <translation>12 chữ số (chỉ nhập nếu được yêu cầu)</translation>
    </message>
    <message>
        <source>Số CCCD:</source>
        <translation>Số CCCD:</translation>
    </message>
    <message>
        <source>Ví dụ: Trưởng thôn, Bí thư chi đoàn</source>
        <translation>Ví dụ: Trưởng thôn, Bí thư chi đoàn</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Ví dụ: Đoàn thanh niên, Công an xã</source>
        <translation>Ví dụ: Đoàn thanh niên, Công an xã</translation>
    </message>
    <message>
        <source>Đơn vị công tác:</source>
        <translation>Đơn vị công tác:</translation>
    </message>
    <message>
        <source>Là đoàn viên</source>
        <translation>Là đoàn viên</translation>
    </message>
    <message>
        <source>Đoàn viên:</source>
        <translation>Đoàn viên:</translation>
    </message>
    <message>
        <source>Tham gia tổ từ ngày:</source>
        <translation>Tham gia tổ từ ngày:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Lưu và &amp;thêm người khác</source>
        <translation>Lưu và &amp;thêm người khác</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S hoặc Ctrl+Shift+Enter</source>
        <translation>Ctrl+Shift+S hoặc Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <source>Đã lưu %1. Nhập người tiếp theo.</source>
        <translation>Đã lưu %1. Nhập người tiếp theo.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Tập huấn</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Đã tập huấn</source>
        <translation>Đã tập huấn</translation>
    </message>
    <message>
        <source>Chưa</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Lý do kết thúc: %1</source>
        <translation>Lý do kết thúc: %1</translation>
    </message>
</context>
<context>
    <name>MembershipsModel</name>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Thôn, xã</source>
        <translation>Thôn, xã</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>MergeVillagesDialog</name>
    <message>
        <source>Sáp nhập thôn/tổ dân phố</source>
        <translation>Sáp nhập thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Sáp nhập</source>
        <translation>Sáp nhập</translation>
    </message>
    <message>
        <source>Sáp nhập: %1</source>
        <translation>Sáp nhập: %1</translation>
    </message>
    <message>
        <source>Tên thôn mới:</source>
        <translation>Tên thôn mới:</translation>
    </message>
    <message>
        <source>Có hiệu lực từ ngày:</source>
        <translation>Có hiệu lực từ ngày:</translation>
    </message>
    <message>
        <source>Giữ tổ của %1</source>
        <translation>Giữ tổ của %1</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ:</source>
        <translation>Tổ CNSCĐ:</translation>
    </message>
    <message>
        <source>Các tổ còn lại được giải thể; thành viên của họ được chuyển sang tổ giữ lại.</source>
        <translation>Các tổ còn lại được giải thể; thành viên của họ được chuyển sang tổ giữ lại.</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>NewDecisionDialog</name>
    <message>
        <source>Lập dự thảo quyết định</source>
        <translation>Lập dự thảo quyết định</translation>
    </message>
    <message>
        <source>Lập dự thảo</source>
        <translation>Lập dự thảo</translation>
    </message>
    <message>
        <source>Các Tổ CNSCĐ của %1</source>
        <translation>Các Tổ CNSCĐ của %1</translation>
    </message>
    <message>
        <source>Thành lập Tổ</source>
        <translation>Thành lập Tổ</translation>
    </message>
    <message>
        <source>Kiện toàn Tổ (thành phần mới)</source>
        <translation>Kiện toàn Tổ (thành phần mới)</translation>
    </message>
    <message>
        <source>Giải thể Tổ</source>
        <translation>Giải thể Tổ</translation>
    </message>
    <message>
        <source>Loại quyết định:</source>
        <translation>Loại quyết định:</translation>
    </message>
    <message>
        <source>Các Tổ trong quyết định:</source>
        <translation>Các Tổ trong quyết định:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (để trống nếu chưa biết)</source>
        <translation>dd/mm/yyyy (để trống nếu chưa biết)</translation>
    </message>
    <message>
        <source>Ngày ký dự kiến:</source>
        <translation>Ngày ký dự kiến:</translation>
    </message>
    <message>
        <source>Căn cứ, điều khoản và nơi nhận được điền sẵn theo mẫu; sửa được trong bước sau. Chọn nhiều Tổ để lập một quyết định chung cho các Tổ của xã.</source>
        <translation>Căn cứ, điều khoản và nơi nhận được điền sẵn theo mẫu; sửa được trong bước sau. Chọn nhiều Tổ để lập một quyết định chung cho các Tổ của xã.</translation>
    </message>
    <message>
        <source>Chọn ít nhất một Tổ.</source>
        <translation>Chọn ít nhất một Tổ.</translation>
    </message>
</context>
<context>
    <name>OfficialsPage</name>
    <message>
        <source>Lãnh đạo ký quyết định</source>
        <translation>Lãnh đạo ký quyết định</translation>
    </message>
    <message>
        <source>Họ tên và chức danh in ở phần chữ ký; số ký hiệu văn bản dùng khi cấp số quyết định.</source>
        <translation>Họ tên và chức danh in ở phần chữ ký; số ký hiệu văn bản dùng khi cấp số quyết định.</translation>
    </message>
    <message>
        <source>Tên cơ quan ban hành:</source>
        <translation>Tên cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>Ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Chủ tịch</source>
        <translation>Chủ tịch</translation>
    </message>
    <message>
        <source>Chủ tịch (họ và tên):</source>
        <translation>Chủ tịch (họ và tên):</translation>
    </message>
    <message>
        <source>Chức danh:</source>
        <translation>Chức danh:</translation>
    </message>
    <message>
        <source>Phó Chủ tịch</source>
        <translation>Phó Chủ tịch</translation>
    </message>
    <message>
        <source>Phó Chủ tịch %1 (họ và tên):</source>
        <translation>Phó Chủ tịch %1 (họ và tên):</translation>
    </message>
    <message>
        <source>Ký hiệu quyết định:</source>
        <translation>Ký hiệu quyết định:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>thôn/tổ dân phố</source>
        <translation>thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ đang hoạt động</source>
        <translation>Tổ CNSCĐ đang hoạt động</translation>
    </message>
    <message>
        <source>thôn có tổ</source>
        <translation>thôn có tổ</translation>
    </message>
    <message>
        <source>thành viên</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <source>thành viên đã tập huấn</source>
        <translation>thành viên đã tập huấn</translation>
    </message>
    <message>
        <source>tỷ lệ đã tập huấn</source>
        <translation>tỷ lệ đã tập huấn</translation>
    </message>
    <message>
        <source>tổ</source>
        <translation>tổ</translation>
    </message>
    <message>
        <source>Độ phủ và tập huấn</source>
        <translation>Độ phủ và tập huấn</translation>
    </message>
    <message>
        <source>Thành viên theo vai trò</source>
        <translation>Thành viên theo vai trò</translation>
    </message>
    <message>
        <source>Theo đơn vị công tác</source>
        <translation>Theo đơn vị công tác</translation>
    </message>
    <message>
        <source>Tổ thành lập theo năm</source>
        <translation>Tổ thành lập theo năm</translation>
    </message>
    <message>
        <source>Theo xã/phường</source>
        <translation>Theo xã/phường</translation>
    </message>
    <message>
        <source>Chọn một đơn vị ở cây bên trái để xem số liệu.</source>
        <translation>Chọn một đơn vị ở cây bên trái để xem số liệu.</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Lưu PDF một trang…</source>
        <translation>Lưu PDF một trang…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Báo cáo thống kê gửi cấp trên, cùng số liệu với trang này</source>
        <translation>Báo cáo thống kê gửi cấp trên, cùng số liệu với trang này</translation>
    </message>
    <message>
        <source>Xem đơn vị này</source>
        <translation>Xem đơn vị này</translation>
    </message>
    <message>
        <source>Mở trang tổ</source>
        <translation>Mở trang tổ</translation>
    </message>
    <message>
        <source>Tổng quan: %1 (ngày %2)</source>
        <translation>Tổng quan: %1 (ngày %2)</translation>
    </message>
    <message>
        <source>… và %1 dòng nữa (xem đủ trong tệp Excel: nút Xuất Excel).</source>
        <translation>… và %1 dòng nữa (xem đủ trong tệp Excel: nút Xuất Excel).</translation>
    </message>
    <message>
        <source>Lưu tổng quan thành PDF</source>
        <translation>Lưu tổng quan thành PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>và %1 tổ dự kiến</source>
        <translation>và %1 tổ dự kiến</translation>
    </message>
    <message>
        <source>%1 nữ · %2 đoàn viên</source>
        <translation>%1 nữ · %2 đoàn viên</translation>
    </message>
    <message>
        <source>Theo xã/phường (%1)</source>
        <translation>Theo xã/phường (%1)</translation>
    </message>
    <message>
        <source>Xã này chưa có thôn/tổ dân phố nào. Mở trang Thôn/Tổ dân phố để thêm (có thể dán danh sách từ Excel).</source>
        <translation>Xã này chưa có thôn/tổ dân phố nào. Mở trang Thôn/Tổ dân phố để thêm (có thể dán danh sách từ Excel).</translation>
    </message>
    <message>
        <source>Theo thôn/tổ dân phố (%1; %2 chưa có tổ đang hoạt động)</source>
        <translation>Theo thôn/tổ dân phố (%1; %2 chưa có tổ đang hoạt động)</translation>
    </message>
    <message>
        <source>Tỷ lệ thành viên đã tập huấn theo thôn (thấp nhất trước)</source>
        <translation>Tỷ lệ thành viên đã tập huấn theo thôn (thấp nhất trước)</translation>
    </message>
    <message>
        <source>Độ phủ và tập huấn theo xã (độ phủ thấp nhất trước)</source>
        <translation>Độ phủ và tập huấn theo xã (độ phủ thấp nhất trước)</translation>
    </message>
    <message>
        <source>Thành viên theo vai trò trong tổ</source>
        <translation>Thành viên theo vai trò trong tổ</translation>
    </message>
    <message>
        <source>Thành viên theo đơn vị công tác (nhiều nhất trước)</source>
        <translation>Thành viên theo đơn vị công tác (nhiều nhất trước)</translation>
    </message>
    <message>
        <source>Khác / chưa ghi</source>
        <translation>Khác / chưa ghi</translation>
    </message>
    <message>
        <source>Số tổ (chưa giải thể) theo năm thành lập</source>
        <translation>Số tổ (chưa giải thể) theo năm thành lập</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Đang tải…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Không tải được dữ liệu của trang này: %1</source>
        <translation>Không tải được dữ liệu của trang này: %1</translation>
    </message>
</context>
<context>
    <name>PaperPage</name>
    <message>
        <source>Quyết định kiện toàn của các xã mới</source>
        <translation>Quyết định kiện toàn của các xã mới</translation>
    </message>
    <message>
        <source>Chủ tịch UBND xã mới ký quyết định kiện toàn các Tổ đã chuyển về, căn cứ Nghị quyết sắp xếp và các quyết định của xã cũ.</source>
        <translation>Chủ tịch UBND xã mới ký quyết định kiện toàn các Tổ đã chuyển về, căn cứ Nghị quyết sắp xếp và các quyết định của xã cũ.</translation>
    </message>
    <message>
        <source>Nghị quyết số:</source>
        <translation>Nghị quyết số:</translation>
    </message>
    <message>
        <source>ví dụ 1672/NQ-UBTVQH15</source>
        <translation>ví dụ 1672/NQ-UBTVQH15</translation>
    </message>
    <message>
        <source>ngày (dd/mm/yyyy):</source>
        <translation>ngày (dd/mm/yyyy):</translation>
    </message>
    <message>
        <source>Ngày ký quyết định:</source>
        <translation>Ngày ký quyết định:</translation>
    </message>
    <message>
        <source>Mỗi Tổ một quyết định (mặc định: mỗi xã một quyết định gồm các Tổ của xã)</source>
        <translation>Mỗi Tổ một quyết định (mặc định: mỗi xã một quyết định gồm các Tổ của xã)</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Xã mới</source>
        <translation>Xã mới</translation>
    </message>
    <message>
        <source>Chủ tịch UBND (họ tên)</source>
        <translation>Chủ tịch UBND (họ tên)</translation>
    </message>
    <message>
        <source>Tổ cần kiện toàn</source>
        <translation>Tổ cần kiện toàn</translation>
    </message>
    <message>
        <source>Quyết định xã cũ được trích dẫn</source>
        <translation>Quyết định xã cũ được trích dẫn</translation>
    </message>
    <message>
        <source>Thôn trùng tên</source>
        <translation>Thôn trùng tên</translation>
    </message>
    <message>
        <source>Thêm tên xã cũ vào thôn trùng tên</source>
        <translation>Thêm tên xã cũ vào thôn trùng tên</translation>
    </message>
    <message>
        <source>Ban hành và lưu PDF…</source>
        <translation>Ban hành và lưu PDF…</translation>
    </message>
    <message>
        <source>%1 xã mới, %2 Tổ cần kiện toàn.</source>
        <translation>%1 xã mới, %2 Tổ cần kiện toàn.</translation>
    </message>
    <message>
        <source>Đổi tên các thôn trùng tên trong cùng một xã mới bằng cách thêm tên xã cũ (ví dụ &quot;Thôn 1&quot; của xã Bắc Xa thành &quot;Thôn 1 Bắc Xa&quot;)? Nếu các thôn đó đã được sáp nhập hoặc có tên mới theo Nghị quyết, hãy sửa ở trang Thôn/Tổ dân phố thay vì dùng nút này.</source>
        <translation>Đổi tên các thôn trùng tên trong cùng một xã mới bằng cách thêm tên xã cũ (ví dụ &quot;Thôn 1&quot; của xã Bắc Xa thành &quot;Thôn 1 Bắc Xa&quot;)? Nếu các thôn đó đã được sáp nhập hoặc có tên mới theo Nghị quyết, hãy sửa ở trang Thôn/Tổ dân phố thay vì dùng nút này.</translation>
    </message>
    <message>
        <source>Đổi tên</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Đã đổi tên %1 thôn.</source>
        <translation>Đã đổi tên %1 thôn.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày của Nghị quyết và ngày ký theo dạng dd/mm/yyyy, ví dụ 15/08/2025.</source>
        <translation>Hãy nhập ngày của Nghị quyết và ngày ký theo dạng dd/mm/yyyy, ví dụ 15/08/2025.</translation>
    </message>
    <message>
        <source>Hãy nhập họ tên Chủ tịch UBND của: %1.</source>
        <translation>Hãy nhập họ tên Chủ tịch UBND của: %1.</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu các quyết định (PDF)</source>
        <translation>Chọn thư mục lưu các quyết định (PDF)</translation>
    </message>
    <message>
        <source>Đã ban hành %1 quyết định kiện toàn; các tệp PDF ở %2</source>
        <translation>Đã ban hành %1 quyết định kiện toàn; các tệp PDF ở %2</translation>
    </message>
    <message>
        <source>Đang ban hành quyết định kiện toàn…</source>
        <translation>Đang ban hành quyết định kiện toàn…</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>ít nhất %1 ký tự</source>
        <translation>ít nhất %1 ký tự</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>Mật khẩu mới:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu mới không giống nhau.</source>
        <translation>Hai lần nhập mật khẩu mới không giống nhau.</translation>
    </message>
</context>
<context>
    <name>PasteMembersDialog</name>
    <message>
        <source>Dán thành viên từ Excel</source>
        <translation>Dán thành viên từ Excel</translation>
    </message>
    <message>
        <source>Chép các dòng trong Excel (Ctrl+C) rồi dán vào ô dưới (Ctrl+V). Dòng đầu có thể là tiêu đề cột (Họ và tên, Vai trò, Ngày sinh, Giới tính, Dân tộc, Số điện thoại, Chức vụ, Đơn vị công tác); nếu không, các cột được đọc theo thứ tự đó.</source>
        <translation>Chép các dòng trong Excel (Ctrl+C) rồi dán vào ô dưới (Ctrl+V). Dòng đầu có thể là tiêu đề cột (Họ và tên, Vai trò, Ngày sinh, Giới tính, Dân tộc, Số điện thoại, Chức vụ, Đơn vị công tác); nếu không, các cột được đọc theo thứ tự đó.</translation>
    </message>
    <message>
        <source>Thêm các dòng hợp lệ</source>
        <translation>Thêm các dòng hợp lệ</translation>
    </message>
    <message>
        <source>(bỏ qua)</source>
        <translation>(bỏ qua)</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Cột đọc được: %1</source>
        <translation>Cột đọc được: %1</translation>
    </message>
    <message>
        <source>%1 dòng hợp lệ, %2 dòng có lỗi (sửa trong Excel rồi dán lại, hoặc bỏ qua).</source>
        <translation>%1 dòng hợp lệ, %2 dòng có lỗi (sửa trong Excel rồi dán lại, hoặc bỏ qua).</translation>
    </message>
    <message>
        <source>Thêm %1 thành viên</source>
        <translation>Thêm %1 thành viên</translation>
    </message>
    <message>
        <source>Đang thêm thành viên…</source>
        <translation>Đang thêm thành viên…</translation>
    </message>
</context>
<context>
    <name>PasteVillagesDialog</name>
    <message>
        <source>Dán danh sách thôn/tổ dân phố</source>
        <translation>Dán danh sách thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Mỗi dòng một tên (chép cột tên từ Excel rồi dán vào đây).
Dòng trống và tên đã có được bỏ qua.</source>
        <translation>Mỗi dòng một tên (chép cột tên từ Excel rồi dán vào đây).
Dòng trống và tên đã có được bỏ qua.</translation>
    </message>
    <message>
        <source>Danh sách:</source>
        <translation>Danh sách:</translation>
    </message>
    <message>
        <source>%1 dòng có tên</source>
        <translation>%1 dòng có tên</translation>
    </message>
</context>
<context>
    <name>PastedRowsModel</name>
    <message>
        <source>Dòng</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Hợp lệ</source>
        <translation>Hợp lệ</translation>
    </message>
</context>
<context>
    <name>PdfPreviewPane</name>
    <message>
        <source>Xem trước khi in…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>%1 trang · bản dự thảo, có dấu DỰ THẢO</source>
        <translation>%1 trang · bản dự thảo, có dấu DỰ THẢO</translation>
    </message>
    <message>
        <source>Đang cập nhật…</source>
        <translation>Đang cập nhật…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Tham gia Tổ CNSCĐ</source>
        <translation>Tham gia Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Quá trình tập huấn</source>
        <translation>Quá trình tập huấn</translation>
    </message>
    <message>
        <source>Chưa tham gia lớp tập huấn nào.</source>
        <translation>Chưa tham gia lớp tập huấn nào.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Xếp thôn của các xã bị chia tách</source>
        <translation>Xếp thôn của các xã bị chia tách</translation>
    </message>
    <message>
        <source>Xã cũ bị chia cho nhiều xã mới: chọn xã mới cho từng thôn theo Nghị quyết sắp xếp. Chọn nhiều thôn cùng lúc bằng Ctrl hoặc Shift.</source>
        <translation>Xã cũ bị chia cho nhiều xã mới: chọn xã mới cho từng thôn theo Nghị quyết sắp xếp. Chọn nhiều thôn cùng lúc bằng Ctrl hoặc Shift.</translation>
    </message>
    <message>
        <source>Tìm thôn hoặc xã cũ, không cần dấu: na sla, binh xa…</source>
        <translation>Tìm thôn hoặc xã cũ, không cần dấu: na sla, binh xa…</translation>
    </message>
    <message>
        <source>Thôn/Tổ dân phố</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Xã cũ</source>
        <translation>Xã cũ</translation>
    </message>
    <message>
        <source>Xã mới theo bảng chuyển đổi</source>
        <translation>Xã mới theo bảng chuyển đổi</translation>
    </message>
    <message>
        <source>Đã xếp vào</source>
        <translation>Đã xếp vào</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Xếp các thôn đã chọn vào:</source>
        <translation>Xếp các thôn đã chọn vào:</translation>
    </message>
    <message>
        <source>Xếp</source>
        <translation>Xếp</translation>
    </message>
    <message>
        <source>— chưa xếp —</source>
        <translation>— chưa xếp —</translation>
    </message>
    <message>
        <source>Không có xã nào bị chia tách: không cần xếp thôn.</source>
        <translation>Không có xã nào bị chia tách: không cần xếp thôn.</translation>
    </message>
    <message>
        <source>Còn %1/%2 thôn chưa xếp.</source>
        <translation>Còn %1/%2 thôn chưa xếp.</translation>
    </message>
    <message>
        <source>Đã xếp đủ %1 thôn.</source>
        <translation>Đã xếp đủ %1 thôn.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Kế hoạch chuyển sang đơn vị hành chính mới</source>
        <translation>Kế hoạch chuyển sang đơn vị hành chính mới</translation>
    </message>
    <message>
        <source>Mỗi xã cũ về xã mới nào theo bảng chuyển đổi; các Tổ, thành viên và quyết định đã ban hành được giữ nguyên. Chưa có gì thay đổi ở bước này.</source>
        <translation>Mỗi xã cũ về xã mới nào theo bảng chuyển đổi; các Tổ, thành viên và quyết định đã ban hành được giữ nguyên. Chưa có gì thay đổi ở bước này.</translation>
    </message>
    <message>
        <source>Đang lập kế hoạch…</source>
        <translation>Đang lập kế hoạch…</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Xã cũ</source>
        <translation>Xã cũ</translation>
    </message>
    <message>
        <source>Huyện cũ</source>
        <translation>Huyện cũ</translation>
    </message>
    <message>
        <source>Về xã mới</source>
        <translation>Về xã mới</translation>
    </message>
    <message>
        <source>Sáp nhập</source>
        <translation>Sáp nhập</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Lưu kế hoạch ra Excel…</source>
        <translation>Lưu kế hoạch ra Excel…</translation>
    </message>
    <message>
        <source>Không còn thôn nào thuộc xã cũ trong phạm vi %1: dữ liệu đã theo đơn vị hành chính mới.</source>
        <translation>Không còn thôn nào thuộc xã cũ trong phạm vi %1: dữ liệu đã theo đơn vị hành chính mới.</translation>
    </message>
    <message>
        <source>%1: %2 xã cũ về %3 xã mới; %4 thôn, %5 Tổ, %6 thành viên đang hoạt động, %7 quyết định đã ban hành. %8 thôn của xã bị chia tách cần xếp.</source>
        <translation>%1: %2 xã cũ về %3 xã mới; %4 thôn, %5 Tổ, %6 thành viên đang hoạt động, %7 quyết định đã ban hành. %8 thôn của xã bị chia tách cần xếp.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Không đọc được tệp PDF (%1).</source>
        <translation>Không đọc được tệp PDF (%1).</translation>
    </message>
    <message>
        <source>Không mở được máy in để in.</source>
        <translation>Không mở được máy in để in.</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Vừa trang</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Trang đầu</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Trang trước</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Trang sau</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Trang cuối</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Từng trang</source>
        <translation>Từng trang</translation>
    </message>
    <message>
        <source>Hai trang cạnh nhau</source>
        <translation>Hai trang cạnh nhau</translation>
    </message>
    <message>
        <source>Xem tất cả các trang</source>
        <translation>Xem tất cả các trang</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Thiết lập trang</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Xem trước khi in — %1</source>
        <translation>Xem trước khi in — %1</translation>
    </message>
    <message>
        <source>Xem trước khi in</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách địa điểm và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổ&amp;i tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp ẩ&amp;n</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi đã mở gần đây</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn ghi đè lên tệp đó không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc muốn xóa &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; đang được bảo vệ chống ghi.
Vẫn xóa?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>Đồn&amp;g ý</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Nhập giá trị:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Kh&amp;ông cho tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Tổ / thôn</source>
        <translation>Tổ / thôn</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Số chứng chỉ</source>
        <translation>Số chứng chỉ</translation>
    </message>
</context>
<context>
    <name>ReformMenu</name>
    <message>
        <source>Hoàn tác sắp xếp 2025</source>
        <translation>Hoàn tác sắp xếp 2025</translation>
    </message>
    <message>
        <source>Chưa có lần sắp xếp nào để hoàn tác.</source>
        <translation>Chưa có lần sắp xếp nào để hoàn tác.</translation>
    </message>
    <message>
        <source>Đưa dữ liệu về như trước lần sắp xếp lúc %1? Những gì nhập sau đó sẽ không còn (dữ liệu hiện tại được sao lưu trước).</source>
        <translation>Đưa dữ liệu về như trước lần sắp xếp lúc %1? Những gì nhập sau đó sẽ không còn (dữ liệu hiện tại được sao lưu trước).</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Đang hoàn tác…</source>
        <translation>Đang hoàn tác…</translation>
    </message>
    <message>
        <source>Sắp xếp đơn vị hành chính 2025…</source>
        <translation>Sắp xếp đơn vị hành chính 2025…</translation>
    </message>
</context>
<context>
    <name>ReformWizard</name>
    <message>
        <source>Sắp xếp đơn vị hành chính 2025</source>
        <translation>Sắp xếp đơn vị hành chính 2025</translation>
    </message>
    <message>
        <source>Đang lập kế hoạch…</source>
        <translation>Đang lập kế hoạch…</translation>
    </message>
    <message>
        <source>Đang chuyển dữ liệu sang đơn vị mới…</source>
        <translation>Đang chuyển dữ liệu sang đơn vị mới…</translation>
    </message>
    <message>
        <source>Lưu kế hoạch sắp xếp</source>
        <translation>Lưu kế hoạch sắp xếp</translation>
    </message>
    <message>
        <source>Đã lưu kế hoạch: %1</source>
        <translation>Đã lưu kế hoạch: %1</translation>
    </message>
    <message>
        <source>Lưu bảng so sánh</source>
        <translation>Lưu bảng so sánh</translation>
    </message>
    <message>
        <source>Đã lưu: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Đặt lại</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Đặt mật khẩu mới cho %1. Hãy báo mật khẩu này cho người dùng và đề nghị họ đổi lại ngay sau khi đăng nhập.</source>
        <translation>Đặt mật khẩu mới cho %1. Hãy báo mật khẩu này cho người dùng và đề nghị họ đổi lại ngay sau khi đăng nhập.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Khôi phục dữ liệu từ bản sao lưu</source>
        <translation>Khôi phục dữ liệu từ bản sao lưu</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu cần khôi phục. Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu trong bản sao lưu; trước đó phần mềm tự sao lưu dữ liệu hiện tại để có thể quay lại.</source>
        <translation>Chọn bản sao lưu cần khôi phục. Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu trong bản sao lưu; trước đó phần mềm tự sao lưu dữ liệu hiện tại để có thể quay lại.</translation>
    </message>
    <message>
        <source>Thư mục sao lưu: %1</source>
        <translation>Thư mục sao lưu: %1</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào trong thư mục này.</source>
        <translation>Chưa có bản sao lưu nào trong thư mục này.</translation>
    </message>
    <message>
        <source>Chọn tệp khác…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Chọn bản sao lưu</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Khôi phục dữ liệu</translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu %1?

Dữ liệu hiện tại sẽ được sao lưu trước khi khôi phục. Những thay đổi sau thời điểm sao lưu sẽ không còn trong dữ liệu đang dùng.</source>
        <translation>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu %1?

Dữ liệu hiện tại sẽ được sao lưu trước khi khôi phục. Những thay đổi sau thời điểm sao lưu sẽ không còn trong dữ liệu đang dùng.</translation>
    </message>
    <message>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Đang khôi phục dữ liệu…</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ %1.
Dữ liệu trước khi khôi phục được giữ ở:
%2</source>
        <translation>Đã khôi phục dữ liệu từ %1.
Dữ liệu trước khi khôi phục được giữ ở:
%2</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Không khôi phục được</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Ghi kết quả tập huấn</source>
        <translation>Ghi kết quả tập huấn</translation>
    </message>
    <message>
        <source> và %1 người khác</source>
        <translation> và %1 người khác</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <source>Ngày hoàn thành:</source>
        <translation>Ngày hoàn thành:</translation>
    </message>
    <message>
        <source>Số chứng chỉ:</source>
        <translation>Số chứng chỉ:</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Số chứng chỉ</source>
        <translation>Số chứng chỉ</translation>
    </message>
    <message>
        <source>Kết quả và số chứng chỉ của từng người (sửa được từng dòng):</source>
        <translation>Kết quả và số chứng chỉ của từng người (sửa được từng dòng):</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>RetireVillageDialog</name>
    <message>
        <source>Ngừng theo dõi thôn/tổ dân phố</source>
        <translation>Ngừng theo dõi thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>%1 sẽ không còn trong danh sách từ ngày dưới đây. Dữ liệu cũ vẫn được giữ.</source>
        <translation>%1 sẽ không còn trong danh sách từ ngày dưới đây. Dữ liệu cũ vẫn được giữ.</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Kiểm tra trước khi áp dụng</source>
        <translation>Kiểm tra trước khi áp dụng</translation>
    </message>
    <message>
        <source>Phần mềm sao lưu dữ liệu trước, rồi chuyển tất cả trong một lần; có thể hoàn tác bằng &quot;Hoàn tác sắp xếp 2025&quot;.</source>
        <translation>Phần mềm sao lưu dữ liệu trước, rồi chuyển tất cả trong một lần; có thể hoàn tác bằng &quot;Hoàn tác sắp xếp 2025&quot;.</translation>
    </message>
    <message>
        <source>Thôn trùng tên về cùng một xã mới (có thể sáp nhập thôn sau này):</source>
        <translation>Thôn trùng tên về cùng một xã mới (có thể sáp nhập thôn sau này):</translation>
    </message>
    <message>
        <source>Xã cũ: %1 → xã mới: %2</source>
        <translation>Xã cũ: %1 → xã mới: %2</translation>
    </message>
    <message>
        <source>Thôn/tổ dân phố chuyển: %1</source>
        <translation>Thôn/tổ dân phố chuyển: %1</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ giữ nguyên: %1</source>
        <translation>Tổ CNSCĐ giữ nguyên: %1</translation>
    </message>
    <message>
        <source>Thành viên đang hoạt động giữ nguyên: %1</source>
        <translation>Thành viên đang hoạt động giữ nguyên: %1</translation>
    </message>
    <message>
        <source>Quyết định đã ban hành giữ dưới xã cũ: %1</source>
        <translation>Quyết định đã ban hành giữ dưới xã cũ: %1</translation>
    </message>
    <message>
        <source>Dự thảo quyết định của xã cũ sẽ hủy: %1</source>
        <translation>Dự thảo quyết định của xã cũ sẽ hủy: %1</translation>
    </message>
    <message>
        <source>Không có.</source>
        <translation>Không có.</translation>
    </message>
    <message>
        <source>Áp dụng sắp xếp</source>
        <translation>Áp dụng sắp xếp</translation>
    </message>
    <message>
        <source>Áp dụng sắp xếp 2025</source>
        <translation>Áp dụng sắp xếp 2025</translation>
    </message>
    <message>
        <source>Chuyển tất cả thôn, Tổ và thành viên sang xã mới và chuyển cơ quan sang danh mục 2025? Dữ liệu được sao lưu trước khi áp dụng.</source>
        <translation>Chuyển tất cả thôn, Tổ và thành viên sang xã mới và chuyển cơ quan sang danh mục 2025? Dữ liệu được sao lưu trước khi áp dụng.</translation>
    </message>
    <message>
        <source>Áp dụng</source>
        <translation>Áp dụng</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Đang tạo dữ liệu mẫu trong tệp riêng…</source>
        <translation>Đang tạo dữ liệu mẫu trong tệp riêng…</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Không mở được cửa sổ dữ liệu mẫu. Tệp dữ liệu mẫu: %1</source>
        <translation>Không mở được cửa sổ dữ liệu mẫu. Tệp dữ liệu mẫu: %1</translation>
    </message>
    <message>
        <source>Không tạo được dữ liệu mẫu</source>
        <translation>Không tạo được dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Đang tạo dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>Đây là DỮ LIỆU MẪU (tên người, số điện thoại, quyết định đều hư cấu), nằm trong tệp riêng; dữ liệu của cơ quan không bị ảnh hưởng.</source>
        <translation>Đây là DỮ LIỆU MẪU (tên người, số điện thoại, quyết định đều hư cấu), nằm trong tệp riêng; dữ liệu của cơ quan không bị ảnh hưởng.</translation>
    </message>
    <message>
        <source>Rời dữ liệu mẫu</source>
        <translation>Rời dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Đóng cửa sổ dữ liệu mẫu; tệp mẫu được giữ để mở lại lần sau.</source>
        <translation>Đóng cửa sổ dữ liệu mẫu; tệp mẫu được giữ để mở lại lần sau.</translation>
    </message>
    <message>
        <source>Xóa dữ liệu mẫu…</source>
        <translation>Xóa dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>Đóng cửa sổ này và xóa hẳn tệp dữ liệu mẫu.</source>
        <translation>Đóng cửa sổ này và xóa hẳn tệp dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Xóa dữ liệu mẫu</source>
        <translation>Xóa dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Đóng cửa sổ này và xóa hẳn dữ liệu mẫu (tệp %1)? Dữ liệu của cơ quan không bị ảnh hưởng. Có thể tạo lại dữ liệu mẫu bất cứ lúc nào (Công cụ → Mở dữ liệu mẫu).</source>
        <translation>Đóng cửa sổ này và xóa hẳn dữ liệu mẫu (tệp %1)? Dữ liệu của cơ quan không bị ảnh hưởng. Có thể tạo lại dữ liệu mẫu bất cứ lúc nào (Công cụ → Mở dữ liệu mẫu).</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Đơn vị sử dụng</source>
        <translation>Đơn vị sử dụng</translation>
    </message>
    <message>
        <source>Đơn vị ban hành quyết định thành lập Tổ CNSCĐ: thường là UBND xã/phường; Sở Khoa học và Công nghệ chọn cả tỉnh.</source>
        <translation>Đơn vị ban hành quyết định thành lập Tổ CNSCĐ: thường là UBND xã/phường; Sở Khoa học và Công nghệ chọn cả tỉnh.</translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Quận, huyện (danh mục trước 2025)</source>
        <translation>Quận, huyện (danh mục trước 2025)</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <source>Gõ tên, không cần dấu: hop thanh, lang son…</source>
        <translation>Gõ tên, không cần dấu: hop thanh, lang son…</translation>
    </message>
    <message>
        <source>Không có đơn vị cấp này tên &quot;%1&quot;; dưới đây là các đơn vị của %2.</source>
        <translation>Không có đơn vị cấp này tên &quot;%1&quot;; dưới đây là các đơn vị của %2.</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị nào tên &quot;%1&quot; ở cấp này. Thử cấp khác, hoặc gõ ít chữ hơn (không cần dấu).</source>
        <translation>Không tìm thấy đơn vị nào tên &quot;%1&quot; ở cấp này. Thử cấp khác, hoặc gõ ít chữ hơn (không cần dấu).</translation>
    </message>
    <message>
        <source>Đã chọn: %1</source>
        <translation>Đã chọn: %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Tên, số điện thoại hoặc tên thôn, gõ có dấu hay không dấu đều được (Ctrl+F)</source>
        <translation>Tên, số điện thoại hoặc tên thôn, gõ có dấu hay không dấu đều được (Ctrl+F)</translation>
    </message>
    <message>
        <source>Chỉ trong đơn vị đang chọn</source>
        <translation>Chỉ trong đơn vị đang chọn</translation>
    </message>
    <message>
        <source>Tìm kiếm</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Xem hồ sơ người này</source>
        <translation>Xem hồ sơ người này</translation>
    </message>
    <message>
        <source>Mở trang tổ</source>
        <translation>Mở trang tổ</translation>
    </message>
    <message>
        <source>Chỉ trong %1</source>
        <translation>Chỉ trong %1</translation>
    </message>
    <message>
        <source>Gõ để tìm. Ví dụ: nguyen van an, 0912, na sla.</source>
        <translation>Gõ để tìm. Ví dụ: nguyen van an, 0912, na sla.</translation>
    </message>
    <message>
        <source>Không tìm thấy ai.</source>
        <translation>Không tìm thấy ai.</translation>
    </message>
    <message>
        <source> (cuộn xuống để xem thêm)</source>
        <translation> (cuộn xuống để xem thêm)</translation>
    </message>
    <message>
        <source>Kết quả: %1 người%2</source>
        <translation>Kết quả: %1 người%2</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Thôn/TDP</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Xã/phường</source>
        <translation>Xã/phường</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Mật khẩu máy chủ dữ liệu</source>
        <translation>Mật khẩu máy chủ dữ liệu</translation>
    </message>
    <message>
        <source>Nhập mật khẩu của người dùng %1 trên máy chủ %2 (cơ sở dữ liệu %3).</source>
        <translation>Nhập mật khẩu của người dùng %1 trên máy chủ %2 (cơ sở dữ liệu %3).</translation>
    </message>
    <message>
        <source>Dùng tệp trên máy này</source>
        <translation>Dùng tệp trên máy này</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sao lưu tự động không thành công: %1</source>
        <translation>Sao lưu tự động không thành công: %1</translation>
    </message>
    <message>
        <source>Đã sao lưu tự động: %1</source>
        <translation>Đã sao lưu tự động: %1</translation>
    </message>
    <message>
        <source>Sao lưu tự động</source>
        <translation>Sao lưu tự động</translation>
    </message>
    <message>
        <source>Kiểm tra nhật ký</source>
        <translation>Kiểm tra nhật ký</translation>
    </message>
    <message>
        <source>Máy chủ %1, cơ sở dữ liệu %2</source>
        <translation>Máy chủ %1, cơ sở dữ liệu %2</translation>
    </message>
    <message>
        <source>Tệp dữ liệu: %1</source>
        <translation>Tệp dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Đang sao lưu dữ liệu trước khi đóng…</source>
        <translation>Đang sao lưu dữ liệu trước khi đóng…</translation>
    </message>
    <message>
        <source>Một việc vẫn đang chạy: %1.

Thoát ngay thì việc đó bị hủy; phần đang ghi dở không được lưu.</source>
        <translation>Một việc vẫn đang chạy: %1.

Thoát ngay thì việc đó bị hủy; phần đang ghi dở không được lưu.</translation>
    </message>
    <message>
        <source>việc nền</source>
        <translation>việc nền</translation>
    </message>
    <message>
        <source>Thoát phần mềm?</source>
        <translation>Thoát phần mềm?</translation>
    </message>
    <message>
        <source>Vẫn thoát</source>
        <translation>Vẫn thoát</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Đã sao lưu vào %1 nhưng không chép được sang thư mục thứ hai (%2). Hãy cắm ổ USB hoặc kiểm tra ổ mạng, lần đóng sau phần mềm sẽ chép lại.</source>
        <translation>Đã sao lưu vào %1 nhưng không chép được sang thư mục thứ hai (%2). Hãy cắm ổ USB hoặc kiểm tra ổ mạng, lần đóng sau phần mềm sẽ chép lại.</translation>
    </message>
    <message>
        <source>Sao lưu khi đóng không thành công</source>
        <translation>Sao lưu khi đóng không thành công</translation>
    </message>
    <message>
        <source>Sao lưu trước khi đóng</source>
        <translation>Sao lưu trước khi đóng</translation>
    </message>
    <message>
        <source>Thư mục sao lưu thứ hai…</source>
        <translation>Thư mục sao lưu thứ hai…</translation>
    </message>
    <message>
        <source>Khi đóng phần mềm sau khi có thay đổi, bản sao lưu được chép thêm vào: %1

Chọn thư mục khác, hay thôi không chép nữa?</source>
        <translation>Khi đóng phần mềm sau khi có thay đổi, bản sao lưu được chép thêm vào: %1

Chọn thư mục khác, hay thôi không chép nữa?</translation>
    </message>
    <message>
        <source>Thư mục sao lưu thứ hai</source>
        <translation>Thư mục sao lưu thứ hai</translation>
    </message>
    <message>
        <source>Chọn thư mục khác</source>
        <translation>Chọn thư mục khác</translation>
    </message>
    <message>
        <source>Thôi chép bản sao lưu vào %1?</source>
        <translation>Thôi chép bản sao lưu vào %1?</translation>
    </message>
    <message>
        <source>Thôi không chép</source>
        <translation>Thôi không chép</translation>
    </message>
    <message>
        <source>Chọn thư mục sao lưu thứ hai (ổ USB, ổ mạng)</source>
        <translation>Chọn thư mục sao lưu thứ hai (ổ USB, ổ mạng)</translation>
    </message>
    <message>
        <source>Từ nay, mỗi lần đóng phần mềm sau khi có thay đổi, bản sao lưu được chép thêm vào %1.</source>
        <translation>Từ nay, mỗi lần đóng phần mềm sau khi có thay đổi, bản sao lưu được chép thêm vào %1.</translation>
    </message>
</context>
<context>
    <name>SignerCombo</name>
    <message>
        <source>Chưa khai báo Chủ tịch/Phó Chủ tịch ký quyết định của đơn vị này: vẫn lập được dự thảo, nhưng cần khai báo người ký (Quyết định → Người ký và căn cứ quyết định) trước khi ban hành.</source>
        <translation>Chưa khai báo Chủ tịch/Phó Chủ tịch ký quyết định của đơn vị này: vẫn lập được dự thảo, nhưng cần khai báo người ký (Quyết định → Người ký và căn cứ quyết định) trước khi ban hành.</translation>
    </message>
</context>
<context>
    <name>StaleRecordDialog</name>
    <message>
        <source>Bản ghi vừa được người khác sửa</source>
        <translation>Bản ghi vừa được người khác sửa</translation>
    </message>
    <message>
        <source>Trong lúc bạn đang sửa, %1 đã lưu thay đổi cho bản ghi này lúc %2 ngày %3. Phần mềm không ghi đè lên thay đổi đó: những gì bạn vừa nhập CHƯA được lưu.</source>
        <translation>Trong lúc bạn đang sửa, %1 đã lưu thay đổi cho bản ghi này lúc %2 ngày %3. Phần mềm không ghi đè lên thay đổi đó: những gì bạn vừa nhập CHƯA được lưu.</translation>
    </message>
    <message>
        <source>Trong lúc bạn đang sửa, người khác đã lưu thay đổi cho bản ghi này. Phần mềm không ghi đè lên thay đổi đó: những gì bạn vừa nhập CHƯA được lưu.</source>
        <translation>Trong lúc bạn đang sửa, người khác đã lưu thay đổi cho bản ghi này. Phần mềm không ghi đè lên thay đổi đó: những gì bạn vừa nhập CHƯA được lưu.</translation>
    </message>
    <message>
        <source>Thay đổi của người kia (lúc bạn mở → bây giờ):</source>
        <translation>Thay đổi của người kia (lúc bạn mở → bây giờ):</translation>
    </message>
    <message>
        <source>Không xác định được nội dung đã thay đổi.</source>
        <translation>Không xác định được nội dung đã thay đổi.</translation>
    </message>
    <message>
        <source>Bấm &quot;Tải lại&quot; để xem dữ liệu mới nhất rồi nhập lại thay đổi của bạn; hoặc &quot;Đóng&quot; để giữ nguyên nội dung đang nhập (chép lại trước khi tải lại).</source>
        <translation>Bấm &quot;Tải lại&quot; để xem dữ liệu mới nhất rồi nhập lại thay đổi của bạn; hoặc &quot;Đóng&quot; để giữ nguyên nội dung đang nhập (chép lại trước khi tải lại).</translation>
    </message>
    <message>
        <source>Tải lại</source>
        <translation>Tải lại</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Đang chuẩn bị cơ sở dữ liệu…</source>
        <translation>Đang chuẩn bị cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Đang nạp danh mục đơn vị hành chính…</source>
        <translation>Đang nạp danh mục đơn vị hành chính…</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Sao chép (kèm tiêu đề cột)</source>
        <translation>Sao chép (kèm tiêu đề cột)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Hủy</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Đang dừng, xin chờ…</source>
        <translation>Đang dừng, xin chờ…</translation>
    </message>
</context>
<context>
    <name>TeamCheckModel</name>
    <message>
        <source>(dự kiến)</source>
        <translation>(dự kiến)</translation>
    </message>
    <message>
        <source>· %1 thành viên</source>
        <translation>· %1 thành viên</translation>
    </message>
    <message>
        <source>Chưa có quyết định</source>
        <translation>Chưa có quyết định</translation>
    </message>
</context>
<context>
    <name>TeamChecklist</name>
    <message>
        <source>Chọn tất cả</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>Bỏ chọn tất cả</source>
        <translation>Bỏ chọn tất cả</translation>
    </message>
    <message>
        <source>Đã chọn %1/%2 Tổ</source>
        <translation>Đã chọn %1/%2 Tổ</translation>
    </message>
</context>
<context>
    <name>TeamDetailPage</name>
    <message>
        <source>Thêm thành viên…</source>
        <translation>Thêm thành viên…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Kết thúc…</source>
        <translation>Kết thúc…</translation>
    </message>
    <message>
        <source>Dán từ Excel…</source>
        <translation>Dán từ Excel…</translation>
    </message>
    <message>
        <source>Hồ sơ và tập huấn…</source>
        <translation>Hồ sơ và tập huấn…</translation>
    </message>
    <message>
        <source>Trạng thái tổ…</source>
        <translation>Trạng thái tổ…</translation>
    </message>
    <message>
        <source>Lịch sử thành viên</source>
        <translation>Lịch sử thành viên</translation>
    </message>
    <message>
        <source>Chưa mở tổ nào. Nhấp đúp một tổ ở trang Tổ CNSCĐ, hoặc chọn ở cây bên trái một thôn đã có tổ (●).</source>
        <translation>Chưa mở tổ nào. Nhấp đúp một tổ ở trang Tổ CNSCĐ, hoặc chọn ở cây bên trái một thôn đã có tổ (●).</translation>
    </message>
    <message>
        <source>Dán các dòng chép từ Excel vào bảng thành viên</source>
        <translation>Dán các dòng chép từ Excel vào bảng thành viên</translation>
    </message>
    <message>
        <source>Chi tiết tổ</source>
        <translation>Chi tiết tổ</translation>
    </message>
    <message>
        <source>Trạng thái: %1</source>
        <translation>Trạng thái: %1</translation>
    </message>
    <message>
        <source>thành lập %1</source>
        <translation>thành lập %1</translation>
    </message>
    <message>
        <source>Quyết định: %1</source>
        <translation>Quyết định: %1</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>%1 thành viên</source>
        <translation>%1 thành viên</translation>
    </message>
    <message>
        <source>Mã tổ: %1</source>
        <translation>Mã tổ: %1</translation>
    </message>
    <message>
        <source>Đã thêm: %1</source>
        <translation>Đã thêm: %1</translation>
    </message>
    <message>
        <source>Đã lưu: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Kết thúc tư cách thành viên</source>
        <translation>Kết thúc tư cách thành viên</translation>
    </message>
    <message>
        <source>%1 sẽ thôi là thành viên của %2. Tiếp tục?</source>
        <translation>%1 sẽ thôi là thành viên của %2. Tiếp tục?</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>%1 đã thôi tham gia tổ.</source>
        <translation>%1 đã thôi tham gia tổ.</translation>
    </message>
    <message>
        <source>Đã thêm %1 thành viên.</source>
        <translation>Đã thêm %1 thành viên.</translation>
    </message>
    <message>
        <source>Dòng %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Một số dòng không thêm được</source>
        <translation>Một số dòng không thêm được</translation>
    </message>
</context>
<context>
    <name>TeamStatusDialog</name>
    <message>
        <source>Đổi trạng thái tổ</source>
        <translation>Đổi trạng thái tổ</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <source>Giải thể tổ sẽ kết thúc tư cách thành viên của mọi người trong tổ.</source>
        <translation>Giải thể tổ sẽ kết thúc tư cách thành viên của mọi người trong tổ.</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Nhập ngày theo dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Giải thể tổ</source>
        <translation>Giải thể tổ</translation>
    </message>
    <message>
        <source>Giải thể %1? Tư cách thành viên của mọi người trong tổ sẽ kết thúc.</source>
        <translation>Giải thể %1? Tư cách thành viên của mọi người trong tổ sẽ kết thúc.</translation>
    </message>
    <message>
        <source>Giải thể</source>
        <translation>Giải thể</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Tên tổ</source>
        <translation>Tên tổ</translation>
    </message>
    <message>
        <source>Thôn/TDP</source>
        <translation>Thôn/TDP</translation>
    </message>
    <message>
        <source>Xã/phường</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Ngày thành lập</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Tổ trưởng</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>Quyết định gần nhất</source>
        <translation>Quyết định gần nhất</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(chưa có)</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Thành lập tổ…</source>
        <translation>Thành lập tổ…</translation>
    </message>
    <message>
        <source>Mở tổ</source>
        <translation>Mở tổ</translation>
    </message>
    <message>
        <source>Đổi trạng thái…</source>
        <translation>Đổi trạng thái…</translation>
    </message>
    <message>
        <source>Hiện cả tổ đã giải thể</source>
        <translation>Hiện cả tổ đã giải thể</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ</source>
        <translation>Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>%1 tổ, %2 thành viên; %3 tổ chưa có Tổ trưởng</source>
        <translation>%1 tổ, %2 thành viên; %3 tổ chưa có Tổ trưởng</translation>
    </message>
    <message>
        <source>Thành lập tổ</source>
        <translation>Thành lập tổ</translation>
    </message>
    <message>
        <source>Chọn một xã/phường hoặc một thôn ở cây bên trái trước.</source>
        <translation>Chọn một xã/phường hoặc một thôn ở cây bên trái trước.</translation>
    </message>
    <message>
        <source>Mọi thôn/tổ dân phố của xã đã có tổ. Thêm thôn ở trang Thôn/Tổ dân phố.</source>
        <translation>Mọi thôn/tổ dân phố của xã đã có tổ. Thêm thôn ở trang Thôn/Tổ dân phố.</translation>
    </message>
</context>
<context>
    <name>TrainingHistoryModel</name>
    <message>
        <source>Lớp tập huấn</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Số chứng chỉ</source>
        <translation>Số chứng chỉ</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Thêm lớp tập huấn…</source>
        <translation>Thêm lớp tập huấn…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Thêm học viên…</source>
        <translation>Thêm học viên…</translation>
    </message>
    <message>
        <source>Ghi kết quả…</source>
        <translation>Ghi kết quả…</translation>
    </message>
    <message>
        <source>Quá trình tập huấn của người…</source>
        <translation>Quá trình tập huấn của người…</translation>
    </message>
    <message>
        <source>Lớp tập huấn</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Học viên</source>
        <translation>Học viên</translation>
    </message>
    <message>
        <source>Bỏ khỏi lớp…</source>
        <translation>Bỏ khỏi lớp…</translation>
    </message>
    <message>
        <source>Tập huấn</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Chọn một lớp ở bảng trên để xem học viên.</source>
        <translation>Chọn một lớp ở bảng trên để xem học viên.</translation>
    </message>
    <message>
        <source>Học viên: %1</source>
        <translation>Học viên: %1</translation>
    </message>
    <message>
        <source>%1 học viên, %2 hoàn thành</source>
        <translation>%1 học viên, %2 hoàn thành</translation>
    </message>
    <message>
        <source>Không tải được danh sách học viên: %1</source>
        <translation>Không tải được danh sách học viên: %1</translation>
    </message>
    <message>
        <source> và %1 người khác</source>
        <translation> và %1 người khác</translation>
    </message>
    <message>
        <source>Bỏ khỏi lớp</source>
        <translation>Bỏ khỏi lớp</translation>
    </message>
    <message>
        <source>Bỏ %1 khỏi lớp &quot;%2&quot;? Kết quả và số chứng chỉ đã ghi của họ trong lớp này cũng bị bỏ.</source>
        <translation>Bỏ %1 khỏi lớp &quot;%2&quot;? Kết quả và số chứng chỉ đã ghi của họ trong lớp này cũng bị bỏ.</translation>
    </message>
</context>
<context>
    <name>TrustMenu</name>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Nơi sao lưu tự động…</source>
        <translation>Nơi sao lưu tự động…</translation>
    </message>
    <message>
        <source>Kết nối máy chủ…</source>
        <translation>Kết nối máy chủ…</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Người dùng…</source>
        <translation>Người dùng…</translation>
    </message>
    <message>
        <source>Đổi mật khẩu…</source>
        <translation>Đổi mật khẩu…</translation>
    </message>
    <message>
        <source>Người dùng: %1 (%2)</source>
        <translation>Người dùng: %1 (%2)</translation>
    </message>
    <message>
        <source>Kết nối máy chủ</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>Lựa chọn đã được lưu; phần mềm sẽ dùng nó từ lần mở sau.</source>
        <translation>Lựa chọn đã được lưu; phần mềm sẽ dùng nó từ lần mở sau.</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
</context>
<context>
    <name>UnitChoiceDialog</name>
    <message>
        <source>Chọn đơn vị</source>
        <translation>Chọn đơn vị</translation>
    </message>
    <message>
        <source>Nhật ký của đơn vị được chọn và mọi đơn vị trực thuộc.</source>
        <translation>Nhật ký của đơn vị được chọn và mọi đơn vị trực thuộc.</translation>
    </message>
</context>
<context>
    <name>UnitFilter</name>
    <message>
        <source>Lọc đơn vị theo tên (có dấu hay không đều được)</source>
        <translation>Lọc đơn vị theo tên (có dấu hay không đều được)</translation>
    </message>
    <message>
        <source>Lọc đơn vị</source>
        <translation>Lọc đơn vị</translation>
    </message>
    <message>
        <source>Không có đơn vị nào tên như vậy.</source>
        <translation>Không có đơn vị nào tên như vậy.</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Tìm đơn vị theo tên, ví dụ: hop thanh</source>
        <translation>Tìm đơn vị theo tên, ví dụ: hop thanh</translation>
    </message>
    <message>
        <source>Gõ vài chữ của tên đơn vị (có dấu hoặc không) để tìm, hoặc chọn trên cây bên dưới.</source>
        <translation>Gõ vài chữ của tên đơn vị (có dấu hoặc không) để tìm, hoặc chọn trên cây bên dưới.</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị nào.</source>
        <translation>Không tìm thấy đơn vị nào.</translation>
    </message>
    <message>
        <source>Chưa chọn đơn vị.</source>
        <translation>Chưa chọn đơn vị.</translation>
    </message>
    <message>
        <source>Toàn bộ (không giới hạn đơn vị)</source>
        <translation>Toàn bộ (không giới hạn đơn vị)</translation>
    </message>
    <message>
        <source>Đã chọn: %1</source>
        <translation>Đã chọn: %1</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Số thôn/tổ dân phố đang hoạt động</source>
        <translation>Số thôn/tổ dân phố đang hoạt động</translation>
    </message>
    <message>
        <source>Số Tổ CNSCĐ (trừ tổ đã giải thể)</source>
        <translation>Số Tổ CNSCĐ (trừ tổ đã giải thể)</translation>
    </message>
    <message>
        <source>Có Tổ CNSCĐ</source>
        <translation>Có Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Chưa có tổ</source>
        <translation>Chưa có tổ</translation>
    </message>
    <message>
        <source>Toàn quốc</source>
        <translation>Toàn quốc</translation>
    </message>
    <message>
        <source>Mã: %1</source>
        <translation>Mã: %1</translation>
    </message>
    <message>
        <source>%1 thôn/tổ dân phố, %2 tổ CNSCĐ</source>
        <translation>%1 thôn/tổ dân phố, %2 tổ CNSCĐ</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Người dùng</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Mỗi người dùng một tài khoản riêng. Cán bộ nhập liệu chỉ sửa được dữ liệu của đơn vị được giao; người chỉ xem không sửa được gì. Khi có từ hai tài khoản trở lên, phần mềm hỏi đăng nhập mỗi lần mở.</source>
        <translation>Mỗi người dùng một tài khoản riêng. Cán bộ nhập liệu chỉ sửa được dữ liệu của đơn vị được giao; người chỉ xem không sửa được gì. Khi có từ hai tài khoản trở lên, phần mềm hỏi đăng nhập mỗi lần mở.</translation>
    </message>
    <message>
        <source>Thêm người dùng…</source>
        <translation>Thêm người dùng…</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation>Đặt lại mật khẩu…</translation>
    </message>
    <message>
        <source>Khoá tài khoản</source>
        <translation>Khoá tài khoản</translation>
    </message>
    <message>
        <source>Mở lại tài khoản</source>
        <translation>Mở lại tài khoản</translation>
    </message>
    <message>
        <source>Mở khoá</source>
        <translation>Mở khoá</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Đã đặt mật khẩu mới cho %1.</source>
        <translation>Đã đặt mật khẩu mới cho %1.</translation>
    </message>
    <message>
        <source>Khoá tài khoản %1? Người này sẽ không đăng nhập được cho đến khi được mở lại.</source>
        <translation>Khoá tài khoản %1? Người này sẽ không đăng nhập được cho đến khi được mở lại.</translation>
    </message>
    <message>
        <source>Khoá</source>
        <translation>Khoá</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Đơn vị được giao</source>
        <translation>Đơn vị được giao</translation>
    </message>
    <message>
        <source>Xem số CCCD</source>
        <translation>Xem số CCCD</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Toàn bộ</source>
        <translation>Toàn bộ</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>VillageNameDialog</name>
    <message>
        <source>Đổi tên thôn/tổ dân phố</source>
        <translation>Đổi tên thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Thêm thôn/tổ dân phố</source>
        <translation>Thêm thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Ví dụ: Thôn Nà Sla, Tổ dân phố 5</source>
        <translation>Ví dụ: Thôn Nà Sla, Tổ dân phố 5</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Gõ cả loại (Thôn, Bản, Ấp, Tổ dân phố…) trước tên.</source>
        <translation>Gõ cả loại (Thôn, Bản, Ấp, Tổ dân phố…) trước tên.</translation>
    </message>
    <message>
        <source>Vẫn lưu tên này?</source>
        <translation>Vẫn lưu tên này?</translation>
    </message>
    <message>
        <source>Vẫn lưu</source>
        <translation>Vẫn lưu</translation>
    </message>
</context>
<context>
    <name>VillageStatsModel</name>
    <message>
        <source>Thôn/tổ dân phố</source>
        <translation>Thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ</source>
        <translation>Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Đã tập huấn</source>
        <translation>Đã tập huấn</translation>
    </message>
    <message>
        <source>% tập huấn</source>
        <translation>% tập huấn</translation>
    </message>
    <message>
        <source>Quyết định gần nhất</source>
        <translation>Quyết định gần nhất</translation>
    </message>
    <message>
        <source>Chưa có tổ</source>
        <translation>Chưa có tổ</translation>
    </message>
</context>
<context>
    <name>VillageTableModel</name>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Tên thôn/tổ dân phố</source>
        <translation>Tên thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ</source>
        <translation>Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Chưa có tổ</source>
        <translation>Chưa có tổ</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <source>Thêm thôn…</source>
        <translation>Thêm thôn…</translation>
    </message>
    <message>
        <source>Dán danh sách từ Excel…</source>
        <translation>Dán danh sách từ Excel…</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Sáp nhập…</source>
        <translation>Sáp nhập…</translation>
    </message>
    <message>
        <source>Ngừng hoạt động…</source>
        <translation>Ngừng hoạt động…</translation>
    </message>
    <message>
        <source>Thành lập tổ…</source>
        <translation>Thành lập tổ…</translation>
    </message>
    <message>
        <source>%1 thôn/tổ dân phố, %2 có Tổ CNSCĐ đang hoạt động (%3)</source>
        <translation>%1 thôn/tổ dân phố, %2 có Tổ CNSCĐ đang hoạt động (%3)</translation>
    </message>
    <message>
        <source>; %1 tổ dự kiến</source>
        <translation>; %1 tổ dự kiến</translation>
    </message>
    <message>
        <source>Hiện cả thôn đã ngừng</source>
        <translation>Hiện cả thôn đã ngừng</translation>
    </message>
    <message>
        <source>Chọn một xã, phường hoặc đặc khu ở cây bên trái để xem và nhập danh sách thôn/tổ dân phố.</source>
        <translation>Chọn một xã, phường hoặc đặc khu ở cây bên trái để xem và nhập danh sách thôn/tổ dân phố.</translation>
    </message>
    <message>
        <source>Mở tổ</source>
        <translation>Mở tổ</translation>
    </message>
    <message>
        <source>Thôn/Tổ dân phố</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Đã thêm</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>Đã thêm %1 thôn/tổ dân phố.</source>
        <translation>Đã thêm %1 thôn/tổ dân phố.</translation>
    </message>
    <message>
        <source>Sáp nhập thôn</source>
        <translation>Sáp nhập thôn</translation>
    </message>
    <message>
        <source>Sáp nhập %1 thôn/tổ dân phố thành một? Các thôn cũ sẽ ngừng hoạt động (lịch sử vẫn được giữ).</source>
        <translation>Sáp nhập %1 thôn/tổ dân phố thành một? Các thôn cũ sẽ ngừng hoạt động (lịch sử vẫn được giữ).</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Tiếp tục</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>, bản đóng gói</source>
        <translation>, bản đóng gói</translation>
    </message>
    <message>
        <source>Giới thiệu Sổ Tổ CNSCĐ</source>
        <translation>Giới thiệu Sổ Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sổ Tổ CNSCĐ&lt;/b&gt;&lt;br&gt;Quản lý Tổ công nghệ số cộng đồng cho UBND xã, phường, đặc khu và Sở Khoa học và Công nghệ.</source>
        <translation>&lt;b&gt;Sổ Tổ CNSCĐ&lt;/b&gt;&lt;br&gt;Quản lý Tổ công nghệ số cộng đồng cho UBND xã, phường, đặc khu và Sở Khoa học và Công nghệ.</translation>
    </message>
    <message>
        <source>%1 (phần mềm hỗ trợ đến %2)</source>
        <translation>%1 (phần mềm hỗ trợ đến %2)</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Phiên bản lược đồ dữ liệu</source>
        <translation>Phiên bản lược đồ dữ liệu</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Tệp nhật ký</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <source>Nền tảng</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Chép thông tin</source>
        <translation>Chép thông tin</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Phần mềm dùng và phân phối kèm các thành phần sau, theo giấy phép của từng thành phần:</source>
        <translation>Phần mềm dùng và phân phối kèm các thành phần sau, theo giấy phép của từng thành phần:</translation>
    </message>
    <message>
        <source>Giấy phép</source>
        <translation>Giấy phép</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>Tài khoản %1 chỉ được xem và xuất báo cáo.</source>
        <translation>Tài khoản %1 chỉ được xem và xuất báo cáo.</translation>
    </message>
    <message>
        <source>Đơn vị này ngoài phạm vi được phân công: chỉ xem, không sửa.</source>
        <translation>Đơn vị này ngoài phạm vi được phân công: chỉ xem, không sửa.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Tự động hằng ngày</source>
        <translation>Tự động hằng ngày</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Bản sao lưu (*.db *.jsonl.gz)</source>
        <translation>Bản sao lưu (*.db *.jsonl.gz)</translation>
    </message>
    <message>
        <source>Tất cả các tệp (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Đã sao lưu</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>Đã sao lưu toàn bộ dữ liệu vào tệp:
%1

Mở thư mục chứa tệp?</source>
        <translation>Đã sao lưu toàn bộ dữ liệu vào tệp:
%1

Mở thư mục chứa tệp?</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Không sao lưu được</source>
        <translation>Không sao lưu được</translation>
    </message>
    <message>
        <source>Đang sao lưu dữ liệu…</source>
        <translation>Đang sao lưu dữ liệu…</translation>
    </message>
    <message>
        <source>Nơi sao lưu tự động</source>
        <translation>Nơi sao lưu tự động</translation>
    </message>
    <message>
        <source>Sao lưu tự động của cơ sở dữ liệu dùng chung đang tắt.</source>
        <translation>Sao lưu tự động của cơ sở dữ liệu dùng chung đang tắt.</translation>
    </message>
    <message>
        <source>Hiện tại: máy %1, thư mục %2.</source>
        <translation>Hiện tại: máy %1, thư mục %2.</translation>
    </message>
    <message>
        <source>Chọn một thư mục trên máy này để nhận bản sao lưu tự động mỗi ngày? Chỉ máy này sao lưu; tệp chỉ tài khoản Windows đang dùng đọc được.</source>
        <translation>Chọn một thư mục trên máy này để nhận bản sao lưu tự động mỗi ngày? Chỉ máy này sao lưu; tệp chỉ tài khoản Windows đang dùng đọc được.</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>Từ nay máy %1 sao lưu tự động vào thư mục %2.</source>
        <translation>Từ nay máy %1 sao lưu tự động vào thư mục %2.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Họ và tên</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Số điện thoại</source>
        <translation>Số điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Đơn vị công tác</source>
        <translation>Đơn vị công tác</translation>
    </message>
    <message>
        <source>Đoàn viên</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>Ngày kết thúc</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Lý do kết thúc</source>
        <translation>Lý do kết thúc</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Tổ được giữ lại</source>
        <translation>Tổ được giữ lại</translation>
    </message>
    <message>
        <source>Thôn/tổ dân phố</source>
        <translation>Thôn/tổ dân phố</translation>
    </message>
    <message>
        <source>Xã/phường</source>
        <translation>Xã/phường</translation>
    </message>
    <message>
        <source>Đã tập huấn</source>
        <translation>Đã tập huấn</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Tên ngắn</source>
        <translation>Tên ngắn</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Ngày thành lập</source>
        <translation>Ngày thành lập</translation>
    </message>
    <message>
        <source>Ngày giải thể</source>
        <translation>Ngày giải thể</translation>
    </message>
    <message>
        <source>Hiệu lực từ</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Hiệu lực đến</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Tên lớp</source>
        <translation>Tên lớp</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Nền tảng</source>
        <translation>Nền tảng</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation>Số giờ</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Số chứng nhận</source>
        <translation>Số chứng nhận</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Ký hiệu</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Mã kiểm tra (SHA-256)</source>
        <translation>Mã kiểm tra (SHA-256)</translation>
    </message>
    <message>
        <source>Ngày ký</source>
        <translation>Ngày ký</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Đơn vị được giao</source>
        <translation>Đơn vị được giao</translation>
    </message>
    <message>
        <source>Được xem số CCCD</source>
        <translation>Được xem số CCCD</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Số dòng</source>
        <translation>Số dòng</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Có số CCCD</source>
        <translation>Có số CCCD</translation>
    </message>
    <message>
        <source>Đã thêm</source>
        <translation>Đã thêm</translation>
    </message>
    <message>
        <source>Đã sửa</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Đã kết thúc</source>
        <translation>Đã kết thúc</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Bộ lọc</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Số người trong quyết định</source>
        <translation>Số người trong quyết định</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Tự động</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Quy mô</source>
        <translation>Quy mô</translation>
    </message>
    <message>
        <source>Hạt giống ngẫu nhiên</source>
        <translation>Hạt giống ngẫu nhiên</translation>
    </message>
    <message>
        <source>Danh mục đơn vị hành chính</source>
        <translation>Danh mục đơn vị hành chính</translation>
    </message>
    <message>
        <source>Tỉnh/thành phố</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Quận/huyện</source>
        <translation>Quận/huyện</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Vai trò trong Tổ</source>
        <translation>Vai trò trong Tổ</translation>
    </message>
    <message>
        <source>Thôn/Tổ dân phố</source>
        <translation>Thôn/Tổ dân phố</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Xã/Phường</translation>
    </message>
    <message>
        <source>Ngày thôi</source>
        <translation>Ngày thôi</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Họ và tên đệm</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có ký tự không phải chữ số; chỉ nhập các chữ số (ví dụ 0912345678).</source>
        <translation>{label} &quot;{value}&quot; có ký tự không phải chữ số; chỉ nhập các chữ số (ví dụ 0912345678).</translation>
    </message>
    <message>
        <source>Ô {label_lower} có nhiều số (&quot;{value}&quot;); chỉ giữ lại một số (ví dụ 0912345678).</source>
        <translation>Ô {label_lower} có nhiều số (&quot;{value}&quot;); chỉ giữ lại một số (ví dụ 0912345678).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có mã nước khác +84, không phải số Việt Nam; hãy nhập số trong nước (ví dụ 0912345678).</source>
        <translation>{label} &quot;{value}&quot; có mã nước khác +84, không phải số Việt Nam; hãy nhập số trong nước (ví dụ 0912345678).</translation>
    </message>
    <message>
        <source>Số máy bàn &quot;{value}&quot; có {digits} chữ số; số máy bàn phải có 11 chữ số gồm cả mã vùng 02x (ví dụ 024 3825 1234).</source>
        <translation>Số máy bàn &quot;{value}&quot; có {digits} chữ số; số máy bàn phải có 11 chữ số gồm cả mã vùng 02x (ví dụ 024 3825 1234).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; chỉ có {digits} chữ số; số di động phải có 10 chữ số (ví dụ 0912345678).</source>
        <translation>{label} &quot;{value}&quot; chỉ có {digits} chữ số; số di động phải có 10 chữ số (ví dụ 0912345678).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có {digits} chữ số, thừa {extra} chữ số; số di động phải có 10 chữ số (ví dụ 0912345678).</source>
        <translation>{label} &quot;{value}&quot; có {digits} chữ số, thừa {extra} chữ số; số di động phải có 10 chữ số (ví dụ 0912345678).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không bắt đầu bằng số 0; số di động có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (ví dụ 0912345678).</source>
        <translation>{label} &quot;{value}&quot; không bắt đầu bằng số 0; số di động có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (ví dụ 0912345678).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có đầu số {prefix}, không phải đầu số di động hiện nay (03, 05, 07, 08, 09); hãy kiểm tra lại. Nếu là số máy bàn, hãy nhập đủ 11 chữ số với mã vùng mới 02x.</source>
        <translation>{label} &quot;{value}&quot; có đầu số {prefix}, không phải đầu số di động hiện nay (03, 05, 07, 08, 09); hãy kiểm tra lại. Nếu là số máy bàn, hãy nhập đủ 11 chữ số với mã vùng mới 02x.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có 11 chữ số nhưng đầu số {prefix} không thuộc các đầu số 11 chữ số cũ đã chuyển sang 10 chữ số; hãy kiểm tra lại số.</source>
        <translation>{label} &quot;{value}&quot; có 11 chữ số nhưng đầu số {prefix} không thuộc các đầu số 11 chữ số cũ đã chuyển sang 10 chữ số; hãy kiểm tra lại số.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; là số di động 11 chữ số cũ; đã đổi sang số mới {new} (đầu số {old_prefix} đổi thành {new_prefix} từ năm 2018). Hãy xác nhận lại với người dùng.</source>
        <translation>{label} &quot;{value}&quot; là số di động 11 chữ số cũ; đã đổi sang số mới {new} (đầu số {old_prefix} đổi thành {new_prefix} từ năm 2018). Hãy xác nhận lại với người dùng.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không đúng dạng; hãy nhập ngày/tháng/năm (ví dụ 05/03/1990) hoặc chỉ năm (ví dụ 1990).</source>
        <translation>{label} &quot;{value}&quot; không đúng dạng; hãy nhập ngày/tháng/năm (ví dụ 05/03/1990) hoặc chỉ năm (ví dụ 1990).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không đúng dạng; hãy nhập ngày/tháng/năm (ví dụ 05/03/2026).</source>
        <translation>{label} &quot;{value}&quot; không đúng dạng; hãy nhập ngày/tháng/năm (ví dụ 05/03/2026).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không có thật: không có tháng {month}. Hãy kiểm tra lại, nhập theo thứ tự ngày/tháng/năm (ví dụ 05/03/1990).</source>
        <translation>{label} &quot;{value}&quot; không có thật: không có tháng {month}. Hãy kiểm tra lại, nhập theo thứ tự ngày/tháng/năm (ví dụ 05/03/1990).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không có thật: tháng {month}/{year} không có ngày {day}. Hãy kiểm tra lại, nhập theo thứ tự ngày/tháng/năm (ví dụ 05/03/1990).</source>
        <translation>{label} &quot;{value}&quot; không có thật: tháng {month}/{year} không có ngày {day}. Hãy kiểm tra lại, nhập theo thứ tự ngày/tháng/năm (ví dụ 05/03/1990).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; ở sau ngày hôm nay ({today}); hãy kiểm tra lại.</source>
        <translation>{label} &quot;{value}&quot; ở sau ngày hôm nay ({today}); hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; ({date}) ở sau ngày hôm nay ({today}); hãy kiểm tra lại.</source>
        <translation>{label} &quot;{value}&quot; ({date}) ở sau ngày hôm nay ({today}); hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có năm {year}, trước năm {min_year}, không hợp lý; hãy kiểm tra lại.</source>
        <translation>{label} &quot;{value}&quot; có năm {year}, trước năm {min_year}, không hợp lý; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; chỉ có tháng và năm; phần mềm chỉ lưu năm {year}. Nếu biết ngày, hãy nhập đủ ngày/tháng/năm.</source>
        <translation>{label} &quot;{value}&quot; chỉ có tháng và năm; phần mềm chỉ lưu năm {year}. Nếu biết ngày, hãy nhập đủ ngày/tháng/năm.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có ký tự không phải chữ số; số CCCD gồm đúng 12 chữ số.</source>
        <translation>{label} &quot;{value}&quot; có ký tự không phải chữ số; số CCCD gồm đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có {digits} chữ số; số CCCD phải có đủ 12 chữ số.</source>
        <translation>{label} &quot;{value}&quot; có {digits} chữ số; số CCCD phải có đủ 12 chữ số.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có {digits} chữ số; số CCCD phải có đủ 12 chữ số. Nếu số bắt đầu bằng 0, có thể Excel đã làm mất số 0 ở đầu: hãy định dạng ô là Văn bản (Text) rồi nhập lại đủ 12 chữ số.</source>
        <translation>{label} &quot;{value}&quot; có {digits} chữ số; số CCCD phải có đủ 12 chữ số. Nếu số bắt đầu bằng 0, có thể Excel đã làm mất số 0 ở đầu: hãy định dạng ô là Văn bản (Text) rồi nhập lại đủ 12 chữ số.</translation>
    </message>
    <message>
        <source>Số &quot;{value}&quot; có 9 chữ số, là số chứng minh nhân dân (CMND) cũ, không phải số CCCD; hãy nhập số căn cước (CCCD) 12 chữ số.</source>
        <translation>Số &quot;{value}&quot; có 9 chữ số, là số chứng minh nhân dân (CMND) cũ, không phải số CCCD; hãy nhập số căn cước (CCCD) 12 chữ số.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không hợp lệ: chữ số thứ 4 ({digit}) và chữ số thứ 5–6 ({yy}) cho năm sinh {id_year}, chưa tới; hãy kiểm tra lại số.</source>
        <translation>{label} &quot;{value}&quot; không hợp lệ: chữ số thứ 4 ({digit}) và chữ số thứ 5–6 ({yy}) cho năm sinh {id_year}, chưa tới; hãy kiểm tra lại số.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có chữ số thứ 4 là {digit}, nghĩa là giới tính {id_sex_label}, nhưng giới tính đã nhập là {sex_label}; hãy kiểm tra lại số CCCD hoặc giới tính.</source>
        <translation>{label} &quot;{value}&quot; có chữ số thứ 4 là {digit}, nghĩa là giới tính {id_sex_label}, nhưng giới tính đã nhập là {sex_label}; hãy kiểm tra lại số CCCD hoặc giới tính.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; ứng với năm sinh {id_year} (chữ số thứ 4 là {digit}, chữ số thứ 5–6 là {yy}), nhưng năm sinh đã nhập là {birth_year}; hãy kiểm tra lại số CCCD hoặc ngày sinh.</source>
        <translation>{label} &quot;{value}&quot; ứng với năm sinh {id_year} (chữ số thứ 4 là {digit}, chữ số thứ 5–6 là {yy}), nhưng năm sinh đã nhập là {birth_year}; hãy kiểm tra lại số CCCD hoặc ngày sinh.</translation>
    </message>
    <message>
        <source>Địa chỉ email &quot;{value}&quot; không hợp lệ: {reason_text}. Hãy nhập một địa chỉ dạng ten@gmail.com, hoặc để trống.</source>
        <translation>Địa chỉ email &quot;{value}&quot; không hợp lệ: {reason_text}. Hãy nhập một địa chỉ dạng ten@gmail.com, hoặc để trống.</translation>
    </message>
    <message>
        <source>thiếu dấu @</source>
        <translation>thiếu dấu @</translation>
    </message>
    <message>
        <source>có nhiều hơn một dấu @</source>
        <translation>có nhiều hơn một dấu @</translation>
    </message>
    <message>
        <source>ô này có nhiều địa chỉ, chỉ được nhập một</source>
        <translation>ô này có nhiều địa chỉ, chỉ được nhập một</translation>
    </message>
    <message>
        <source>có dấu cách</source>
        <translation>có dấu cách</translation>
    </message>
    <message>
        <source>có chữ có dấu hoặc ký tự đặc biệt (email chỉ dùng chữ không dấu, số, . _ -)</source>
        <translation>có chữ có dấu hoặc ký tự đặc biệt (email chỉ dùng chữ không dấu, số, . _ -)</translation>
    </message>
    <message>
        <source>phần trước dấu @ không hợp lệ</source>
        <translation>phần trước dấu @ không hợp lệ</translation>
    </message>
    <message>
        <source>phần sau dấu @ không phải tên miền hợp lệ (ví dụ gmail.com)</source>
        <translation>phần sau dấu @ không phải tên miền hợp lệ (ví dụ gmail.com)</translation>
    </message>
    <message>
        <source>quá dài</source>
        <translation>quá dài</translation>
    </message>
    <message>
        <source>sai dạng</source>
        <translation>sai dạng</translation>
    </message>
    <message>
        <source>Địa chỉ email &quot;{value}&quot; có tên miền &quot;{domain}&quot;, có lẽ gõ nhầm từ &quot;{suggestion}&quot;; hãy kiểm tra lại.</source>
        <translation>Địa chỉ email &quot;{value}&quot; có tên miền &quot;{domain}&quot;, có lẽ gõ nhầm từ &quot;{suggestion}&quot;; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không rõ; hãy nhập &quot;Nam&quot; hoặc &quot;Nữ&quot;.</source>
        <translation>{label} &quot;{value}&quot; không rõ; hãy nhập &quot;Nam&quot; hoặc &quot;Nữ&quot;.</translation>
    </message>
    <message>
        <source>Chưa nhập họ và tên; đây là thông tin bắt buộc.</source>
        <translation>Chưa nhập họ và tên; đây là thông tin bắt buộc.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có ký tự không hợp lệ ({chars}); họ tên chỉ gồm chữ cái và dấu cách. Số điện thoại, ghi chú... hãy nhập vào cột riêng.</source>
        <translation>{label} &quot;{value}&quot; có ký tự không hợp lệ ({chars}); họ tên chỉ gồm chữ cái và dấu cách. Số điện thoại, ghi chú... hãy nhập vào cột riêng.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; chỉ có một chữ; hãy nhập đầy đủ họ, tên đệm (nếu có) và tên.</source>
        <translation>{label} &quot;{value}&quot; chỉ có một chữ; hãy nhập đầy đủ họ, tên đệm (nếu có) và tên.</translation>
    </message>
    <message>
        <source>{label} dài {length} ký tự, vượt quá {max} ký tự cho phép; hãy rút gọn.</source>
        <translation>{label} dài {length} ký tự, vượt quá {max} ký tự cho phép; hãy rút gọn.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có ký tự không dùng được ({chars}: biểu tượng, emoji hoặc dấu chồng lên nhau); hãy gõ lại bằng chữ tiếng Việt thông thường.</source>
        <translation>{label} &quot;{value}&quot; có ký tự không dùng được ({chars}: biểu tượng, emoji hoặc dấu chồng lên nhau); hãy gõ lại bằng chữ tiếng Việt thông thường.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không có chữ hay số nào; hãy nhập tên bằng chữ.</source>
        <translation>{label} &quot;{value}&quot; không có chữ hay số nào; hãy nhập tên bằng chữ.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không rõ; hãy ghi &quot;x&quot; nếu có, để trống nếu không.</source>
        <translation>{label} &quot;{value}&quot; không rõ; hãy ghi &quot;x&quot; nếu có, để trống nếu không.</translation>
    </message>
    <message>
        <source>{label} không hợp lệ (mã {code}); hãy kiểm tra lại.</source>
        <translation>{label} không hợp lệ (mã {code}); hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không hợp lệ (mã {code}); hãy kiểm tra lại.</source>
        <translation>{label} &quot;{value}&quot; không hợp lệ (mã {code}); hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Chưa nhập tên thôn/tổ dân phố.</source>
        <translation>Chưa nhập tên thôn/tổ dân phố.</translation>
    </message>
    <message>
        <source>Xã đã có thôn/tổ dân phố &quot;{value}&quot;; không tạo trùng tên.</source>
        <translation>Xã đã có thôn/tổ dân phố &quot;{value}&quot;; không tạo trùng tên.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã có thôn, tổ và thành viên theo danh mục đang dùng; không đổi được danh mục đơn vị hành chính. Để chuyển sang danh mục sau sắp xếp 2025, dùng lệnh &quot;reform&quot; (lập kế hoạch rồi áp dụng).</source>
        <translation>Cơ sở dữ liệu đã có thôn, tổ và thành viên theo danh mục đang dùng; không đổi được danh mục đơn vị hành chính. Để chuyển sang danh mục sau sắp xếp 2025, dùng lệnh &quot;reform&quot; (lập kế hoạch rồi áp dụng).</translation>
    </message>
    <message>
        <source>Gần giống &quot;{existing}&quot; đã có trong xã: nếu là cùng một thôn, đừng thêm nữa.</source>
        <translation>Gần giống &quot;{existing}&quot; đã có trong xã: nếu là cùng một thôn, đừng thêm nữa.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; còn Tổ CNSCĐ đang hoạt động; hãy giải thể hoặc chuyển Tổ trước khi cho thôn ngừng hoạt động.</source>
        <translation>&quot;{value}&quot; còn Tổ CNSCĐ đang hoạt động; hãy giải thể hoặc chuyển Tổ trước khi cho thôn ngừng hoạt động.</translation>
    </message>
    <message>
        <source>Thôn/tổ dân phố &quot;{value}&quot; đã ngừng hoạt động.</source>
        <translation>Thôn/tổ dân phố &quot;{value}&quot; đã ngừng hoạt động.</translation>
    </message>
    <message>
        <source>Chọn ít nhất hai thôn/tổ dân phố để sáp nhập.</source>
        <translation>Chọn ít nhất hai thôn/tổ dân phố để sáp nhập.</translation>
    </message>
    <message>
        <source>Chỉ sáp nhập được các thôn/tổ dân phố cùng một xã/phường.</source>
        <translation>Chỉ sáp nhập được các thôn/tổ dân phố cùng một xã/phường.</translation>
    </message>
    <message>
        <source>{count} thôn đang có Tổ CNSCĐ; chọn Tổ nào được giữ lại cho thôn mới.</source>
        <translation>{count} thôn đang có Tổ CNSCĐ; chọn Tổ nào được giữ lại cho thôn mới.</translation>
    </message>
    <message>
        <source>Tổ được chọn giữ lại không thuộc các thôn đang sáp nhập.</source>
        <translation>Tổ được chọn giữ lại không thuộc các thôn đang sáp nhập.</translation>
    </message>
    <message>
        <source>Ngày {value} sớm hơn ngày bắt đầu {start}; hãy kiểm tra lại.</source>
        <translation>Ngày {value} sớm hơn ngày bắt đầu {start}; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Chưa nhập {label_lower}.</source>
        <translation>Chưa nhập {label_lower}.</translation>
    </message>
    <message>
        <source>Ngày kết thúc {end} sớm hơn ngày bắt đầu {start}.</source>
        <translation>Ngày kết thúc {end} sớm hơn ngày bắt đầu {start}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; đã có Tổ CNSCĐ chưa giải thể; mỗi thôn chỉ có một Tổ.</source>
        <translation>&quot;{value}&quot; đã có Tổ CNSCĐ chưa giải thể; mỗi thôn chỉ có một Tổ.</translation>
    </message>
    <message>
        <source>Trạng thái &quot;{value}&quot; không hợp lệ.</source>
        <translation>Trạng thái &quot;{value}&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; đã giải thể.</source>
        <translation>&quot;{value}&quot; đã giải thể.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; đã giải thể; không thêm được thành viên.</source>
        <translation>&quot;{value}&quot; đã giải thể; không thêm được thành viên.</translation>
    </message>
    <message>
        <source>Tổ chưa có Tổ trưởng.</source>
        <translation>Tổ chưa có Tổ trưởng.</translation>
    </message>
    <message>
        <source>Tổ có {count} Tổ trưởng ({names}); mỗi Tổ chỉ có một Tổ trưởng.</source>
        <translation>Tổ có {count} Tổ trưởng ({names}); mỗi Tổ chỉ có một Tổ trưởng.</translation>
    </message>
    <message>
        <source>Tổ có {count} thành viên, ít hơn mức tối thiểu {min} (quy định {min}–{max} người).</source>
        <translation>Tổ có {count} thành viên, ít hơn mức tối thiểu {min} (quy định {min}–{max} người).</translation>
    </message>
    <message>
        <source>Tổ có {count} thành viên, nhiều hơn mức tối đa {max} (quy định {min}–{max} người).</source>
        <translation>Tổ có {count} thành viên, nhiều hơn mức tối đa {max} (quy định {min}–{max} người).</translation>
    </message>
    <message>
        <source>Vai trò &quot;{value}&quot; không có trong danh mục.</source>
        <translation>Vai trò &quot;{value}&quot; không có trong danh mục.</translation>
    </message>
    <message>
        <source>Tổ đã có Tổ trưởng ({leader}); hãy kết thúc nhiệm vụ của Tổ trưởng cũ hoặc chọn vai trò khác.</source>
        <translation>Tổ đã có Tổ trưởng ({leader}); hãy kết thúc nhiệm vụ của Tổ trưởng cũ hoặc chọn vai trò khác.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; đã là thành viên của Tổ này.</source>
        <translation>&quot;{value}&quot; đã là thành viên của Tổ này.</translation>
    </message>
    <message>
        <source>Thành viên này đã thôi tham gia Tổ từ ngày {value}.</source>
        <translation>Thành viên này đã thôi tham gia Tổ từ ngày {value}.</translation>
    </message>
    <message>
        <source>Số CCCD {value} đã được ghi cho người khác; hãy kiểm tra lại.</source>
        <translation>Số CCCD {value} đã được ghi cho người khác; hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Số CCCD {value} đã được ghi cho người khác ({other_name}); hãy kiểm tra lại.</source>
        <translation>Số CCCD {value} đã được ghi cho người khác ({other_name}); hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Đã có &quot;{name}&quot; trong dữ liệu {how}; dùng lại hồ sơ này.</source>
        <translation>Đã có &quot;{name}&quot; trong dữ liệu {how}; dùng lại hồ sơ này.</translation>
    </message>
    <message>
        <source>Đã có &quot;{name}&quot; trong dữ liệu {how}; dùng lại hồ sơ này. Người này đang ở {other_teams} Tổ khác.</source>
        <translation>Đã có &quot;{name}&quot; trong dữ liệu {how}; dùng lại hồ sơ này. Người này đang ở {other_teams} Tổ khác.</translation>
    </message>
    <message>
        <source>(trùng số CCCD)</source>
        <translation>(trùng số CCCD)</translation>
    </message>
    <message>
        <source>(trùng tên và số điện thoại)</source>
        <translation>(trùng tên và số điện thoại)</translation>
    </message>
    <message>
        <source>(trùng họ tên với thành viên đang có của Tổ, năm sinh không khác)</source>
        <translation>(trùng họ tên với thành viên đang có của Tổ, năm sinh không khác)</translation>
    </message>
    <message>
        <source>Chưa nhập tên lớp/khóa tập huấn.</source>
        <translation>Chưa nhập tên lớp/khóa tập huấn.</translation>
    </message>
    <message>
        <source>Hình thức &quot;{value}&quot; không hợp lệ.</source>
        <translation>Hình thức &quot;{value}&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Số giờ &quot;{value}&quot; không hợp lệ; nhập một số từ 0 đến 9999.</source>
        <translation>Số giờ &quot;{value}&quot; không hợp lệ; nhập một số từ 0 đến 9999.</translation>
    </message>
    <message>
        <source>Kết quả &quot;{value}&quot; không hợp lệ.</source>
        <translation>Kết quả &quot;{value}&quot; không hợp lệ.</translation>
    </message>
    <message>
        <source>Đã hoàn thành nhưng chưa có ngày hoàn thành.</source>
        <translation>Đã hoàn thành nhưng chưa có ngày hoàn thành.</translation>
    </message>
    <message>
        <source>Lỗi {code}.</source>
        <translation>Lỗi {code}.</translation>
    </message>
    <message>
        <source>Không thực hiện được việc này; hãy kiểm tra lại dữ liệu.</source>
        <translation>Không thực hiện được việc này; hãy kiểm tra lại dữ liệu.</translation>
    </message>
    <message>
        <source>Dữ liệu không hợp lệ.</source>
        <translation>Dữ liệu không hợp lệ.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found}, phần mềm này chỉ hỗ trợ đến {supported}). Hãy cài phiên bản mới nhất rồi mở lại.</source>
        <translation>Cơ sở dữ liệu này do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found}, phần mềm này chỉ hỗ trợ đến {supported}). Hãy cài phiên bản mới nhất rồi mở lại.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang bận vì một người dùng khác đang ghi. Hãy thử lại sau ít giây.</source>
        <translation>Cơ sở dữ liệu đang bận vì một người dùng khác đang ghi. Hãy thử lại sau ít giây.</translation>
    </message>
    <message>
        <source>Không mở hoặc ghi được cơ sở dữ liệu: {detail}</source>
        <translation>Không mở hoặc ghi được cơ sở dữ liệu: {detail}</translation>
    </message>
    <message>
        <source>Không đọc/ghi được tệp {path}: {detail}</source>
        <translation>Không đọc/ghi được tệp {path}: {detail}</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} bị lỗi khi kiểm tra. Không ghi đè dữ liệu; hãy thử sao lưu lại hoặc liên hệ quản trị.</source>
        <translation>Bản sao lưu {path} bị lỗi khi kiểm tra. Không ghi đè dữ liệu; hãy thử sao lưu lại hoặc liên hệ quản trị.</translation>
    </message>
    <message>
        <source>Chưa khai báo cơ quan: hãy khai báo cơ quan trước khi chọn nơi sao lưu tự động.</source>
        <translation>Chưa khai báo cơ quan: hãy khai báo cơ quan trước khi chọn nơi sao lưu tự động.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} bị hỏng (không đọc được trọn vẹn: tệp bị cắt, bị ghi đè hoặc ổ đĩa lỗi); không khôi phục, dữ liệu hiện tại giữ nguyên. Hãy chọn bản sao lưu khác.</source>
        <translation>Tệp sao lưu {path} bị hỏng (không đọc được trọn vẹn: tệp bị cắt, bị ghi đè hoặc ổ đĩa lỗi); không khôi phục, dữ liệu hiện tại giữ nguyên. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>Không đọc được tệp sao lưu {path} ({detail}); không khôi phục.</source>
        <translation>Không đọc được tệp sao lưu {path} ({detail}); không khôi phục.</translation>
    </message>
    <message>
        <source>Tệp {path} là bản sao lưu của cơ sở dữ liệu trên máy (SQLite); cơ sở dữ liệu dùng chung trên máy chủ chỉ khôi phục được từ bản sao lưu .jsonl.gz của máy chủ.</source>
        <translation>Tệp {path} là bản sao lưu của cơ sở dữ liệu trên máy (SQLite); cơ sở dữ liệu dùng chung trên máy chủ chỉ khôi phục được từ bản sao lưu .jsonl.gz của máy chủ.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} không ghi phiên bản lược đồ (có thể đã bị cắt hoặc sửa); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>Tệp sao lưu {path} không ghi phiên bản lược đồ (có thể đã bị cắt hoặc sửa); không khôi phục. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found}, phần mềm này chỉ hỗ trợ đến {supported}); không khôi phục. Hãy cài phiên bản mới nhất.</source>
        <translation>Bản sao lưu {path} do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found}, phần mềm này chỉ hỗ trợ đến {supported}); không khôi phục. Hãy cài phiên bản mới nhất.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} thiếu bảng dữ liệu &quot;{table}&quot; (tệp không trọn vẹn hoặc đã bị sửa); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>Tệp sao lưu {path} thiếu bảng dữ liệu &quot;{table}&quot; (tệp không trọn vẹn hoặc đã bị sửa); không khôi phục. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>Bảng &quot;{table}&quot; trong tệp sao lưu {path} có các cột khác với phần mềm; không khôi phục.</source>
        <translation>Bảng &quot;{table}&quot; trong tệp sao lưu {path} có các cột khác với phần mềm; không khôi phục.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} bị hỏng hoặc đã bị sửa: bảng &quot;{table}&quot; không khớp với số dòng và mã kiểm tra ghi lúc sao lưu ({expected} dòng, nay {found}); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>Tệp sao lưu {path} bị hỏng hoặc đã bị sửa: bảng &quot;{table}&quot; không khớp với số dòng và mã kiểm tra ghi lúc sao lưu ({expected} dòng, nay {found}); không khôi phục. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} bị hỏng: dòng {row} của bảng &quot;{table}&quot; chứa dữ liệu rỗng (một vùng của tệp đã bị xoá trắng); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>Tệp sao lưu {path} bị hỏng: dòng {row} của bảng &quot;{table}&quot; chứa dữ liệu rỗng (một vùng của tệp đã bị xoá trắng); không khôi phục. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} có Quyết định số {decision} không khớp với bản PDF đã ban hành (dữ liệu đã bị sửa); không khôi phục.</source>
        <translation>Tệp sao lưu {path} có Quyết định số {decision} không khớp với bản PDF đã ban hành (dữ liệu đã bị sửa); không khôi phục.</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi trong tệp sao lưu {path} bị đứt hoặc bị sửa (tại dòng số {row}); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>Nhật ký thay đổi trong tệp sao lưu {path} bị đứt hoặc bị sửa (tại dòng số {row}); không khôi phục. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} không trọn vẹn (thiếu phần kết thúc: bị cắt khi chép hoặc khi sao lưu); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>Tệp sao lưu {path} không trọn vẹn (thiếu phần kết thúc: bị cắt khi chép hoặc khi sao lưu); không khôi phục. Hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>Không nâng cấp được bản sao lưu cũ {path} lên phiên bản hiện tại ({detail}); không khôi phục.</source>
        <translation>Không nâng cấp được bản sao lưu cũ {path} lên phiên bản hiện tại ({detail}); không khôi phục.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: ổ đĩa đã đầy. Hãy giải phóng dung lượng (xoá bớt tệp không cần) hoặc chọn ổ đĩa khác rồi thử lại. Không có tệp dở dang nào được để lại.</source>
        <translation>Không ghi được {path}: ổ đĩa đã đầy. Hãy giải phóng dung lượng (xoá bớt tệp không cần) hoặc chọn ổ đĩa khác rồi thử lại. Không có tệp dở dang nào được để lại.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: thư mục hoặc ổ đĩa này chỉ cho phép đọc (ví dụ USB khoá ghi, ổ mạng chỉ đọc). Hãy chọn thư mục khác rồi thử lại.</source>
        <translation>Không ghi được {path}: thư mục hoặc ổ đĩa này chỉ cho phép đọc (ví dụ USB khoá ghi, ổ mạng chỉ đọc). Hãy chọn thư mục khác rồi thử lại.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: tài khoản Windows của bạn không có quyền ghi vào thư mục này. Hãy chọn thư mục khác (ví dụ Tài liệu) hoặc nhờ quản trị máy cấp quyền.</source>
        <translation>Không ghi được {path}: tài khoản Windows của bạn không có quyền ghi vào thư mục này. Hãy chọn thư mục khác (ví dụ Tài liệu) hoặc nhờ quản trị máy cấp quyền.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: tệp đang được mở trong chương trình khác (Excel, LibreOffice, trình xem PDF…). Hãy đóng tệp đó rồi thử lại.</source>
        <translation>Không ghi được {path}: tệp đang được mở trong chương trình khác (Excel, LibreOffice, trình xem PDF…). Hãy đóng tệp đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: ổ đĩa báo lỗi đọc/ghi (ổ hỏng, USB bị rút ra hoặc mất kết nối mạng). Hãy kiểm tra ổ đĩa rồi thử lại hoặc chọn nơi khác.</source>
        <translation>Không ghi được {path}: ổ đĩa báo lỗi đọc/ghi (ổ hỏng, USB bị rút ra hoặc mất kết nối mạng). Hãy kiểm tra ổ đĩa rồi thử lại hoặc chọn nơi khác.</translation>
    </message>
    <message>
        <source>Không tìm thấy thư mục hoặc tệp {path}. Hãy kiểm tra lại đường dẫn.</source>
        <translation>Không tìm thấy thư mục hoặc tệp {path}. Hãy kiểm tra lại đường dẫn.</translation>
    </message>
    <message>
        <source>Không ghi được {path} (lỗi hệ thống: {detail}). Hãy thử lại hoặc chọn nơi khác.</source>
        <translation>Không ghi được {path} (lỗi hệ thống: {detail}). Hãy thử lại hoặc chọn nơi khác.</translation>
    </message>
    <message>
        <source>Không ghi vào {path}: đó chính là tệp đang được đọc. Hãy chọn một tên tệp khác để không mất tệp gốc.</source>
        <translation>Không ghi vào {path}: đó chính là tệp đang được đọc. Hãy chọn một tên tệp khác để không mất tệp gốc.</translation>
    </message>
    <message>
        <source>Không ghi vào {path}: đó là một lối tắt (liên kết) trỏ sang tệp khác. Hãy chọn một tên tệp bình thường.</source>
        <translation>Không ghi vào {path}: đó là một lối tắt (liên kết) trỏ sang tệp khác. Hãy chọn một tên tệp bình thường.</translation>
    </message>
    <message>
        <source>Không ghi vào {path}: đó không phải một tệp bình thường (thư mục hoặc thiết bị). Hãy chọn một tên tệp khác.</source>
        <translation>Không ghi vào {path}: đó không phải một tệp bình thường (thư mục hoặc thiết bị). Hãy chọn một tên tệp khác.</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation>Xoá</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Đổi trạng thái</source>
        <translation>Đổi trạng thái</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Sáp nhập</source>
        <translation>Sáp nhập</translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation>Ban hành</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Nhập từ Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>Xuất tệp</source>
        <translation>Xuất tệp</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Đăng nhập sai</source>
        <translation>Đăng nhập sai</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Thiết lập</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Lưu bản in</source>
        <translation>Lưu bản in</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ</source>
        <translation>Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Lớp tập huấn</source>
        <translation>Lớp tập huấn</translation>
    </message>
    <message>
        <source>Kết quả tập huấn</source>
        <translation>Kết quả tập huấn</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Đơn vị sử dụng</source>
        <translation>Đơn vị sử dụng</translation>
    </message>
    <message>
        <source>Người ký và căn cứ quyết định</source>
        <translation>Người ký và căn cứ quyết định</translation>
    </message>
    <message>
        <source>Người dùng</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Danh sách thành viên</source>
        <translation>Danh sách thành viên</translation>
    </message>
    <message>
        <source>Báo cáo thống kê</source>
        <translation>Báo cáo thống kê</translation>
    </message>
    <message>
        <source>Kết quả tập huấn (tệp)</source>
        <translation>Kết quả tập huấn (tệp)</translation>
    </message>
    <message>
        <source>Mẫu nhập liệu</source>
        <translation>Mẫu nhập liệu</translation>
    </message>
    <message>
        <source>Báo cáo lỗi nhập</source>
        <translation>Báo cáo lỗi nhập</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>tài khoản bị tạm khoá</source>
        <translation>tài khoản bị tạm khoá</translation>
    </message>
    <message>
        <source>đổi tên</source>
        <translation>đổi tên</translation>
    </message>
    <message>
        <source>đổi mật khẩu</source>
        <translation>đổi mật khẩu</translation>
    </message>
    <message>
        <source>đặt lại mật khẩu</source>
        <translation>đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>mở khoá tài khoản</source>
        <translation>mở khoá tài khoản</translation>
    </message>
    <message>
        <source>nhiều người một lúc</source>
        <translation>nhiều người một lúc</translation>
    </message>
    <message>
        <source>lần in đầu của quyết định đã ban hành</source>
        <translation>lần in đầu của quyết định đã ban hành</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Đã giải thể</source>
        <translation>Đã giải thể</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Đã thay thế</source>
        <translation>Đã thay thế</translation>
    </message>
    <message>
        <source>Đã huỷ</source>
        <translation>Đã huỷ</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Kết hợp</source>
        <translation>Kết hợp</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Cán bộ nhập liệu</source>
        <translation>Cán bộ nhập liệu</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <source>Thành lập</source>
        <translation>Thành lập</translation>
    </message>
    <message>
        <source>Kiện toàn</source>
        <translation>Kiện toàn</translation>
    </message>
    <message>
        <source>Giải thể</source>
        <translation>Giải thể</translation>
    </message>
    <message>
        <source>Một huyện cũ</source>
        <translation>Một huyện cũ</translation>
    </message>
    <message>
        <source>Một tỉnh</source>
        <translation>Một tỉnh</translation>
    </message>
    <message>
        <source>Toàn quốc</source>
        <translation>Toàn quốc</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>{label}: {name}</source>
        <translation>{label}: {name}</translation>
    </message>
    <message>
        <source>{label} số {number}</source>
        <translation>{label} số {number}</translation>
    </message>
    <message>
        <source>{label} (mã {id})</source>
        <translation>{label} (mã {id})</translation>
    </message>
    <message>
        <source>lần nhập sai thứ {count}</source>
        <translation>lần nhập sai thứ {count}</translation>
    </message>
    <message>
        <source>{count} dòng thành viên</source>
        <translation>{count} dòng thành viên</translation>
    </message>
    <message>
        <source>{count} thêm mới</source>
        <translation>{count} thêm mới</translation>
    </message>
    <message>
        <source>{count} cập nhật</source>
        <translation>{count} cập nhật</translation>
    </message>
    <message>
        <source>{count} không đổi</source>
        <translation>{count} không đổi</translation>
    </message>
    <message>
        <source>{count} thôi tham gia</source>
        <translation>{count} thôi tham gia</translation>
    </message>
    <message>
        <source>{count} bỏ qua</source>
        <translation>{count} bỏ qua</translation>
    </message>
    <message>
        <source>{count} không nhận</source>
        <translation>{count} không nhận</translation>
    </message>
    <message>
        <source>Tạo mới {count} thôn/tổ dân phố.</source>
        <translation>Tạo mới {count} thôn/tổ dân phố.</translation>
    </message>
    <message>
        <source>Lập mới {count} Tổ.</source>
        <translation>Lập mới {count} Tổ.</translation>
    </message>
    <message>
        <source>{count} người thôi tham gia Tổ.</source>
        <translation>{count} người thôi tham gia Tổ.</translation>
    </message>
    <message>
        <source>Trang tính &apos;{sheet}&apos;</source>
        <translation>Trang tính &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>dòng {row}</source>
        <translation>dòng {row}</translation>
    </message>
    <message>
        <source>cột {column}</source>
        <translation>cột {column}</translation>
    </message>
    <message>
        <source>cột {column} ({label})</source>
        <translation>cột {column} ({label})</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp sao lưu {path}.</source>
        <translation>Không tìm thấy tệp sao lưu {path}.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải bản sao lưu của Sổ Tổ CNSCĐ; không khôi phục.</source>
        <translation>Tệp {path} không phải bản sao lưu của Sổ Tổ CNSCĐ; không khôi phục.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} thuộc lược đồ {found}, khác phiên bản hiện tại ({supported}). Hãy khôi phục bằng phiên bản phần mềm đã tạo ra nó.</source>
        <translation>Bản sao lưu {path} thuộc lược đồ {found}, khác phiên bản hiện tại ({supported}). Hãy khôi phục bằng phiên bản phần mềm đã tạo ra nó.</translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Tài khoản {username} tạm khoá 15 phút do nhập sai mật khẩu nhiều lần; hãy thử lại sau hoặc nhờ quản trị viên mở khoá.</source>
        <translation>Tài khoản {username} tạm khoá 15 phút do nhập sai mật khẩu nhiều lần; hãy thử lại sau hoặc nhờ quản trị viên mở khoá.</translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất {minimum} ký tự.</source>
        <translation>Mật khẩu phải có ít nhất {minimum} ký tự.</translation>
    </message>
    <message>
        <source>Mật khẩu dài quá {maximum} ký tự.</source>
        <translation>Mật khẩu dài quá {maximum} ký tự.</translation>
    </message>
    <message>
        <source>Mật khẩu quá đơn giản: hãy dùng cả chữ và số (hoặc ký tự khác), ví dụ &quot;HopThanh-2026&quot;.</source>
        <translation>Mật khẩu quá đơn giản: hãy dùng cả chữ và số (hoặc ký tự khác), ví dụ &quot;HopThanh-2026&quot;.</translation>
    </message>
    <message>
        <source>Mật khẩu này quá dễ đoán (trùng tên đăng nhập hoặc là mật khẩu phổ biến); hãy chọn mật khẩu khác.</source>
        <translation>Mật khẩu này quá dễ đoán (trùng tên đăng nhập hoặc là mật khẩu phổ biến); hãy chọn mật khẩu khác.</translation>
    </message>
    <message>
        <source>Cần mật khẩu mới: đặt biến môi trường CNSCD_NEW_PASSWORD, hoặc dùng --password-stdin và đưa mật khẩu vào dòng đầu của đầu vào chuẩn, hoặc chạy trong cửa sổ lệnh để nhập.</source>
        <translation>Cần mật khẩu mới: đặt biến môi trường CNSCD_NEW_PASSWORD, hoặc dùng --password-stdin và đưa mật khẩu vào dòng đầu của đầu vào chuẩn, hoặc chạy trong cửa sổ lệnh để nhập.</translation>
    </message>
    <message>
        <source>Không có người dùng {username}.</source>
        <translation>Không có người dùng {username}.</translation>
    </message>
    <message>
        <source>Tên đăng nhập &quot;{username}&quot; không hợp lệ (không để trống, không có dấu cách).</source>
        <translation>Tên đăng nhập &quot;{username}&quot; không hợp lệ (không để trống, không có dấu cách).</translation>
    </message>
    <message>
        <source>Vai trò &quot;{role}&quot; không có; chọn admin, clerk hoặc viewer.</source>
        <translation>Vai trò &quot;{role}&quot; không có; chọn admin, clerk hoặc viewer.</translation>
    </message>
    <message>
        <source>Cán bộ nhập liệu {username} cần được phân công một đơn vị (--scope).</source>
        <translation>Cán bộ nhập liệu {username} cần được phân công một đơn vị (--scope).</translation>
    </message>
    <message>
        <source>Tên đăng nhập {username} đã có người dùng.</source>
        <translation>Tên đăng nhập {username} đã có người dùng.</translation>
    </message>
    <message>
        <source>Không khoá được {username}: đây là quản trị viên cuối cùng còn hoạt động.</source>
        <translation>Không khoá được {username}: đây là quản trị viên cuối cùng còn hoạt động.</translation>
    </message>
    <message>
        <source>Chưa chọn Tổ nào cho quyết định.</source>
        <translation>Chưa chọn Tổ nào cho quyết định.</translation>
    </message>
    <message>
        <source>Một quyết định chỉ gồm các Tổ của cùng một xã/phường; hãy tách thành nhiều quyết định.</source>
        <translation>Một quyết định chỉ gồm các Tổ của cùng một xã/phường; hãy tách thành nhiều quyết định.</translation>
    </message>
    <message>
        <source>Loại quyết định &quot;{kind}&quot; không có.</source>
        <translation>Loại quyết định &quot;{kind}&quot; không có.</translation>
    </message>
    <message>
        <source>{label} đã ban hành nên không sửa được; muốn thay đổi hãy lập quyết định kiện toàn mới.</source>
        <translation>{label} đã ban hành nên không sửa được; muốn thay đổi hãy lập quyết định kiện toàn mới.</translation>
    </message>
    <message>
        <source>Không sửa được mục &quot;{field}&quot; của quyết định.</source>
        <translation>Không sửa được mục &quot;{field}&quot; của quyết định.</translation>
    </message>
    <message>
        <source>Quyết định chưa có người ký: hãy chọn người ký trong trình soạn quyết định, hoặc khai báo Chủ tịch/Phó Chủ tịch của đơn vị ban hành (Quyết định → Người ký và căn cứ quyết định; dòng lệnh: office-set --unit MÃ_XÃ --chair &quot;Họ tên&quot;, hoặc decision … --signer &quot;Họ tên&quot;).</source>
        <translation>Quyết định chưa có người ký: hãy chọn người ký trong trình soạn quyết định, hoặc khai báo Chủ tịch/Phó Chủ tịch của đơn vị ban hành (Quyết định → Người ký và căn cứ quyết định; dòng lệnh: office-set --unit MÃ_XÃ --chair &quot;Họ tên&quot;, hoặc decision … --signer &quot;Họ tên&quot;).</translation>
    </message>
    <message>
        <source>{team} không có thành viên nào vào ngày {date}; hãy kiểm tra ngày ký hoặc thêm thành viên trước khi ban hành quyết định.</source>
        <translation>{team} không có thành viên nào vào ngày {date}; hãy kiểm tra ngày ký hoặc thêm thành viên trước khi ban hành quyết định.</translation>
    </message>
    <message>
        <source>{where} còn chỗ trống chưa điền (&quot;{text}&quot;); hãy điền đủ số, ngày hoặc nội dung trước khi ban hành.</source>
        <translation>{where} còn chỗ trống chưa điền (&quot;{text}&quot;); hãy điền đủ số, ngày hoặc nội dung trước khi ban hành.</translation>
    </message>
    <message>
        <source>Chưa có thẩm quyền ký (ví dụ &quot;CHỦ TỊCH&quot; hoặc &quot;KT. CHỦ TỊCH&quot;).</source>
        <translation>Chưa có thẩm quyền ký (ví dụ &quot;CHỦ TỊCH&quot; hoặc &quot;KT. CHỦ TỊCH&quot;).</translation>
    </message>
    <message>
        <source>Ký thay (&quot;{authority}&quot;) cần ghi chức vụ người ký, ví dụ &quot;PHÓ CHỦ TỊCH&quot;.</source>
        <translation>Ký thay (&quot;{authority}&quot;) cần ghi chức vụ người ký, ví dụ &quot;PHÓ CHỦ TỊCH&quot;.</translation>
    </message>
    <message>
        <source>Chưa có ký hiệu văn bản (ví dụ QĐ-UBND).</source>
        <translation>Chưa có ký hiệu văn bản (ví dụ QĐ-UBND).</translation>
    </message>
    <message>
        <source>Quyết định chưa có căn cứ pháp lý nào; hãy nhập ít nhất một dòng &quot;Căn cứ …&quot;.</source>
        <translation>Quyết định chưa có căn cứ pháp lý nào; hãy nhập ít nhất một dòng &quot;Căn cứ …&quot;.</translation>
    </message>
    <message>
        <source>Chưa có ngày ký.</source>
        <translation>Chưa có ngày ký.</translation>
    </message>
    <message>
        <source>Ngày ký {date} sớm hơn ngày của Quyết định số {last} ({last_date}) đã ban hành trong năm; số quyết định cấp theo thứ tự ngày ban hành. Hãy sửa ngày ký, hoặc nhập số văn thư đã cấp và xác nhận (dòng lệnh: --number SỐ --force-number).</source>
        <translation>Ngày ký {date} sớm hơn ngày của Quyết định số {last} ({last_date}) đã ban hành trong năm; số quyết định cấp theo thứ tự ngày ban hành. Hãy sửa ngày ký, hoặc nhập số văn thư đã cấp và xác nhận (dòng lệnh: --number SỐ --force-number).</translation>
    </message>
    <message>
        <source>Số {number_text} ngày {date} không theo thứ tự ngày với Quyết định số {other} ngày {other_date}; chỉ ban hành khi văn thư xác nhận số này (dòng lệnh: --force-number).</source>
        <translation>Số {number_text} ngày {date} không theo thứ tự ngày với Quyết định số {other} ngày {other_date}; chỉ ban hành khi văn thư xác nhận số này (dòng lệnh: --force-number).</translation>
    </message>
    <message>
        <source>{team} đã giải thể; không ban hành quyết định mới cho Tổ này.</source>
        <translation>{team} đã giải thể; không ban hành quyết định mới cho Tổ này.</translation>
    </message>
    <message>
        <source>Ngày ký {date} sớm hơn {label} mà quyết định này thay thế cho {team}; quyết định kiện toàn hoặc giải thể phải ký sau quyết định đó.</source>
        <translation>Ngày ký {date} sớm hơn {label} mà quyết định này thay thế cho {team}; quyết định kiện toàn hoặc giải thể phải ký sau quyết định đó.</translation>
    </message>
    <message>
        <source>{team} đã được thành lập ({label}); hãy lập quyết định kiện toàn thay vì thành lập lần nữa.</source>
        <translation>{team} đã được thành lập ({label}); hãy lập quyết định kiện toàn thay vì thành lập lần nữa.</translation>
    </message>
    <message>
        <source>Quyết định này thay thế {label} nhưng nội dung các điều không nhắc đến quyết định đó; hãy soạn lại nội dung (tạo dự thảo mới) để văn bản ghi đúng phần được thay thế.</source>
        <translation>Quyết định này thay thế {label} nhưng nội dung các điều không nhắc đến quyết định đó; hãy soạn lại nội dung (tạo dự thảo mới) để văn bản ghi đúng phần được thay thế.</translation>
    </message>
    <message>
        <source>Chọn một nơi ghi: một thư mục (mỗi quyết định một tệp) hoặc một tệp gộp.</source>
        <translation>Chọn một nơi ghi: một thư mục (mỗi quyết định một tệp) hoặc một tệp gộp.</translation>
    </message>
    <message>
        <source>Không có quyết định nào để in.</source>
        <translation>Không có quyết định nào để in.</translation>
    </message>
    <message>
        <source>Đã có tệp {path} (cùng tên với tệp sắp ghi); không ghi đè tệp nào. Hãy chọn thư mục trống hoặc tên tệp khác.</source>
        <translation>Đã có tệp {path} (cùng tên với tệp sắp ghi); không ghi đè tệp nào. Hãy chọn thư mục trống hoặc tên tệp khác.</translation>
    </message>
    <message>
        <source>Đã ghi {written} tệp nhưng cần {planned}; hãy kiểm tra thư mục đích rồi in lại.</source>
        <translation>Đã ghi {written} tệp nhưng cần {planned}; hãy kiểm tra thư mục đích rồi in lại.</translation>
    </message>
    <message>
        <source>Chưa khai báo cơ quan; hãy chạy phần thiết lập ban đầu trước.</source>
        <translation>Chưa khai báo cơ quan; hãy chạy phần thiết lập ban đầu trước.</translation>
    </message>
    <message>
        <source>Tài khoản {username} không được xem quyết định của đơn vị này (quyết định có thông tin cá nhân của thành viên; ngoài phạm vi được phân công).</source>
        <translation>Tài khoản {username} không được xem quyết định của đơn vị này (quyết định có thông tin cá nhân của thành viên; ngoài phạm vi được phân công).</translation>
    </message>
    <message>
        <source>Số quyết định phải từ 1 trở lên (nhận được {number}).</source>
        <translation>Số quyết định phải từ 1 trở lên (nhận được {number}).</translation>
    </message>
    <message>
        <source>Số {number}/{symbol} năm {year} đã được dùng cho quyết định khác; hãy chọn số khác hoặc để phần mềm cấp số tiếp theo.</source>
        <translation>Số {number}/{symbol} năm {year} đã được dùng cho quyết định khác; hãy chọn số khác hoặc để phần mềm cấp số tiếp theo.</translation>
    </message>
    <message>
        <source>Số {number_text} bỏ qua các số từ {first} đến {last} chưa dùng trong năm; chỉ ban hành khi văn thư xác nhận đúng số này (dòng lệnh: --force-number).</source>
        <translation>Số {number_text} bỏ qua các số từ {first} đến {last} chưa dùng trong năm; chỉ ban hành khi văn thư xác nhận đúng số này (dòng lệnh: --force-number).</translation>
    </message>
    <message>
        <source>Bản ghi này vừa được người khác sửa sau khi bạn mở; hãy tải lại để xem thay đổi rồi làm lại.</source>
        <translation>Bản ghi này vừa được người khác sửa sau khi bạn mở; hãy tải lại để xem thay đổi rồi làm lại.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi (có thể đã bị xoá hoặc gộp).</source>
        <translation>Không tìm thấy bản ghi (có thể đã bị xoá hoặc gộp).</translation>
    </message>
    <message>
        <source>Chỉ quản trị viên được làm việc này (người dùng: {username}).</source>
        <translation>Chỉ quản trị viên được làm việc này (người dùng: {username}).</translation>
    </message>
    <message>
        <source>Tài khoản {username} chỉ được xem và xuất báo cáo, không được sửa.</source>
        <translation>Tài khoản {username} chỉ được xem và xuất báo cáo, không được sửa.</translation>
    </message>
    <message>
        <source>Tài khoản {username} không được sửa dữ liệu của đơn vị này (ngoài phạm vi được phân công).</source>
        <translation>Tài khoản {username} không được sửa dữ liệu của đơn vị này (ngoài phạm vi được phân công).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp danh mục {path}. Hãy cài lại phần mềm đầy đủ.</source>
        <translation>Không tìm thấy tệp danh mục {path}. Hãy cài lại phần mềm đầy đủ.</translation>
    </message>
    <message>
        <source>Danh mục &quot;{catalogue}&quot; không có; chọn 2025 hoặc pre2025.</source>
        <translation>Danh mục &quot;{catalogue}&quot; không có; chọn 2025 hoặc pre2025.</translation>
    </message>
    <message>
        <source>Chưa nhập địa chỉ máy chủ.</source>
        <translation>Chưa nhập địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>Tên vai trò &quot;{role}&quot; không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ.</source>
        <translation>Tên vai trò &quot;{role}&quot; không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ.</translation>
    </message>
    <message>
        <source>Vai trò {role} là chủ sở hữu lược đồ; phần mềm phải kết nối bằng một vai trò khác.</source>
        <translation>Vai trò {role} là chủ sở hữu lược đồ; phần mềm phải kết nối bằng một vai trò khác.</translation>
    </message>
    <message>
        <source>Việc này chỉ dùng cho cơ sở dữ liệu trên máy chủ PostgreSQL.</source>
        <translation>Việc này chỉ dùng cho cơ sở dữ liệu trên máy chủ PostgreSQL.</translation>
    </message>
    <message>
        <source>Chưa nhập tên cơ sở dữ liệu.</source>
        <translation>Chưa nhập tên cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Chưa nhập tên người dùng của máy chủ.</source>
        <translation>Chưa nhập tên người dùng của máy chủ.</translation>
    </message>
    <message>
        <source>Cổng phải là một số từ 1 đến 65535.</source>
        <translation>Cổng phải là một số từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>Chế độ mã hoá không hợp lệ.</source>
        <translation>Chế độ mã hoá không hợp lệ.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp chứng chỉ (CA) đã chọn.</source>
        <translation>Không tìm thấy tệp chứng chỉ (CA) đã chọn.</translation>
    </message>
    <message>
        <source>Máy chủ {host} từ chối đăng nhập: sai tên người dùng hoặc mật khẩu của cơ sở dữ liệu.</source>
        <translation>Máy chủ {host} từ chối đăng nhập: sai tên người dùng hoặc mật khẩu của cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Máy chủ {host} không có cơ sở dữ liệu &quot;{database}&quot;. Hãy nhờ quản trị máy chủ tạo một cơ sở dữ liệu trống rồi bấm Khởi tạo.</source>
        <translation>Máy chủ {host} không có cơ sở dữ liệu &quot;{database}&quot;. Hãy nhờ quản trị máy chủ tạo một cơ sở dữ liệu trống rồi bấm Khởi tạo.</translation>
    </message>
    <message>
        <source>Không thiết lập được kết nối mã hoá (TLS) tới {host}: {detail}. Hãy kiểm tra chế độ mã hoá và tệp chứng chỉ.</source>
        <translation>Không thiết lập được kết nối mã hoá (TLS) tới {host}: {detail}. Hãy kiểm tra chế độ mã hoá và tệp chứng chỉ.</translation>
    </message>
    <message>
        <source>Không kết nối được tới máy chủ {host}: máy chủ không trả lời (kiểm tra địa chỉ, cổng, mạng và tường lửa).</source>
        <translation>Không kết nối được tới máy chủ {host}: máy chủ không trả lời (kiểm tra địa chỉ, cổng, mạng và tường lửa).</translation>
    </message>
    <message>
        <source>Máy chủ {host} báo lỗi: {detail}</source>
        <translation>Máy chủ {host} báo lỗi: {detail}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu &quot;{database}&quot; đã có {count} bảng của phần mềm khác; không khởi tạo vào đó để tránh làm hỏng dữ liệu. Hãy dùng một cơ sở dữ liệu trống.</source>
        <translation>Cơ sở dữ liệu &quot;{database}&quot; đã có {count} bảng của phần mềm khác; không khởi tạo vào đó để tránh làm hỏng dữ liệu. Hãy dùng một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>Cơ quan chưa bật việc xuất số CCCD nên không xuất được cột này. Hãy bỏ chọn &quot;kèm số CCCD&quot;, hoặc nhờ quản trị viên bật cài đặt của cơ quan.</source>
        <translation>Cơ quan chưa bật việc xuất số CCCD nên không xuất được cột này. Hãy bỏ chọn &quot;kèm số CCCD&quot;, hoặc nhờ quản trị viên bật cài đặt của cơ quan.</translation>
    </message>
    <message>
        <source>Tài khoản {username} không được xem số CCCD nên không xuất được cột này; hãy bỏ chọn &quot;kèm số CCCD&quot;.</source>
        <translation>Tài khoản {username} không được xem số CCCD nên không xuất được cột này; hãy bỏ chọn &quot;kèm số CCCD&quot;.</translation>
    </message>
    <message>
        <source>Chọn một xã/phường (hoặc thôn) để tải mẫu nhập danh sách.</source>
        <translation>Chọn một xã/phường (hoặc thôn) để tải mẫu nhập danh sách.</translation>
    </message>
    <message>
        <source>Đã hủy. Không có tệp nào được tạo.</source>
        <translation>Đã hủy. Không có tệp nào được tạo.</translation>
    </message>
    <message>
        <source>Không ghi được tệp {path}: tệp đang được mở trong chương trình khác (Excel, LibreOffice…). Hãy đóng tệp đó rồi thử lại.</source>
        <translation>Không ghi được tệp {path}: tệp đang được mở trong chương trình khác (Excel, LibreOffice…). Hãy đóng tệp đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Không ghi được tệp {path}: {error}</source>
        <translation>Không ghi được tệp {path}: {error}</translation>
    </message>
    <message>
        <source>Dữ liệu xuất không hợp lệ: {detail}</source>
        <translation>Dữ liệu xuất không hợp lệ: {detail}</translation>
    </message>
    <message>
        <source>Còn {count} thôn/tổ dân phố của các xã bị chia tách chưa được xếp vào xã mới: {villages}. Chưa thay đổi gì; hãy chọn xã mới cho từng thôn (trong trình hướng dẫn hoặc cột &quot;Xã mới (mã)&quot; của trang &quot;Xếp thôn&quot; trong tệp kế hoạch) rồi áp dụng lại.</source>
        <translation>Còn {count} thôn/tổ dân phố của các xã bị chia tách chưa được xếp vào xã mới: {villages}. Chưa thay đổi gì; hãy chọn xã mới cho từng thôn (trong trình hướng dẫn hoặc cột &quot;Xã mới (mã)&quot; của trang &quot;Xếp thôn&quot; trong tệp kế hoạch) rồi áp dụng lại.</translation>
    </message>
    <message>
        <source>Tệp kế hoạch có {count} chỗ xếp thôn không dùng được: {details}. Chưa thay đổi gì.</source>
        <translation>Tệp kế hoạch có {count} chỗ xếp thôn không dùng được: {details}. Chưa thay đổi gì.</translation>
    </message>
    <message>
        <source>Thôn {village} (xã cũ {commune}): mã xã mới &quot;{value}&quot; không có trong danh mục 2025; hãy chọn một mã trong danh sách gợi ý.</source>
        <translation>Thôn {village} (xã cũ {commune}): mã xã mới &quot;{value}&quot; không có trong danh mục 2025; hãy chọn một mã trong danh sách gợi ý.</translation>
    </message>
    <message>
        <source>Thôn {village} (xã cũ {commune}) được xếp vào {new}, không thuộc các xã mới mà bảng chuyển đổi nêu ({candidates}); hãy kiểm tra lại theo Nghị quyết sắp xếp.</source>
        <translation>Thôn {village} (xã cũ {commune}) được xếp vào {new}, không thuộc các xã mới mà bảng chuyển đổi nêu ({candidates}); hãy kiểm tra lại theo Nghị quyết sắp xếp.</translation>
    </message>
    <message>
        <source>Dòng xếp thôn mã số {id} (xã mới {value}) không còn thôn nào cần xếp tương ứng; bỏ qua.</source>
        <translation>Dòng xếp thôn mã số {id} (xã mới {value}) không còn thôn nào cần xếp tương ứng; bỏ qua.</translation>
    </message>
    <message>
        <source>{count} xã cũ có thôn nhưng không có trong bảng chuyển đổi xã cũ - xã mới: {communes}. Chưa thay đổi gì; hãy liên hệ quản trị để bổ sung bảng chuyển đổi.</source>
        <translation>{count} xã cũ có thôn nhưng không có trong bảng chuyển đổi xã cũ - xã mới: {communes}. Chưa thay đổi gì; hãy liên hệ quản trị để bổ sung bảng chuyển đổi.</translation>
    </message>
    <message>
        <source>Chưa có lần sắp xếp 2025 nào được áp dụng trên dữ liệu này nên không có gì để hoàn tác.</source>
        <translation>Chưa có lần sắp xếp 2025 nào được áp dụng trên dữ liệu này nên không có gì để hoàn tác.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu trước khi sắp xếp ({path}); không hoàn tác được. Hãy tìm tệp sao lưu đó và khôi phục bằng &quot;Khôi phục…&quot;.</source>
        <translation>Không tìm thấy bản sao lưu trước khi sắp xếp ({path}); không hoàn tác được. Hãy tìm tệp sao lưu đó và khôi phục bằng &quot;Khôi phục…&quot;.</translation>
    </message>
    <message>
        <source>Đã hủy sắp xếp; dữ liệu không thay đổi.</source>
        <translation>Đã hủy sắp xếp; dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <source>Sau khi sắp xếp, số Tổ, thành viên hoặc quyết định không khớp với trước khi sắp xếp; đã hủy toàn bộ thay đổi. Hãy báo lỗi này cho bộ phận hỗ trợ.</source>
        <translation>Sau khi sắp xếp, số Tổ, thành viên hoặc quyết định không khớp với trước khi sắp xếp; đã hủy toàn bộ thay đổi. Hãy báo lỗi này cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>Chưa thiết lập đơn vị sử dụng; hãy thiết lập trước (Công cụ).</source>
        <translation>Chưa thiết lập đơn vị sử dụng; hãy thiết lập trước (Công cụ).</translation>
    </message>
    <message>
        <source>Chưa nhập số và ngày của Nghị quyết sắp xếp đơn vị hành chính cấp xã (để ghi vào phần căn cứ); hãy nhập rồi lập quyết định kiện toàn.</source>
        <translation>Chưa nhập số và ngày của Nghị quyết sắp xếp đơn vị hành chính cấp xã (để ghi vào phần căn cứ); hãy nhập rồi lập quyết định kiện toàn.</translation>
    </message>
    <message>
        <source>Chưa có họ tên Chủ tịch UBND của {count} xã mới: {communes}. Quyết định kiện toàn do Chủ tịch xã mới ký; hãy nhập họ tên rồi lập lại. Chưa ban hành quyết định nào.</source>
        <translation>Chưa có họ tên Chủ tịch UBND của {count} xã mới: {communes}. Quyết định kiện toàn do Chủ tịch xã mới ký; hãy nhập họ tên rồi lập lại. Chưa ban hành quyết định nào.</translation>
    </message>
    <message>
        <source>{count} xã mới có thôn trùng tên (quyết định sẽ không phân biệt được): {communes}. Chưa ban hành quyết định nào; hãy sáp nhập các thôn đó, đổi tên, hoặc dùng &quot;Thêm tên xã cũ vào thôn trùng tên&quot; (lệnh reform --rename-same-names) rồi lập lại.</source>
        <translation>{count} xã mới có thôn trùng tên (quyết định sẽ không phân biệt được): {communes}. Chưa ban hành quyết định nào; hãy sáp nhập các thôn đó, đổi tên, hoặc dùng &quot;Thêm tên xã cũ vào thôn trùng tên&quot; (lệnh reform --rename-same-names) rồi lập lại.</translation>
    </message>
    <message>
        <source>Ngày ký {day} trước ngày 01/7/2025: xã mới chưa được thành lập; hãy chọn ngày ký từ 01/7/2025.</source>
        <translation>Ngày ký {day} trước ngày 01/7/2025: xã mới chưa được thành lập; hãy chọn ngày ký từ 01/7/2025.</translation>
    </message>
    <message>
        <source>Không đọc được tệp kế hoạch {path} ({error}). Hãy mở lại tệp do lệnh &quot;reform --plan&quot; tạo ra, lưu dạng .xlsx rồi thử lại.</source>
        <translation>Không đọc được tệp kế hoạch {path} ({error}). Hãy mở lại tệp do lệnh &quot;reform --plan&quot; tạo ra, lưu dạng .xlsx rồi thử lại.</translation>
    </message>
    <message>
        <source>Tệp {path} không có trang &quot;{sheet}&quot; với các cột &quot;Mã số thôn&quot; và &quot;Xã mới (mã)&quot;; hãy dùng tệp do lệnh &quot;reform --plan&quot; tạo ra.</source>
        <translation>Tệp {path} không có trang &quot;{sheet}&quot; với các cột &quot;Mã số thôn&quot; và &quot;Xã mới (mã)&quot;; hãy dùng tệp do lệnh &quot;reform --plan&quot; tạo ra.</translation>
    </message>
    <message>
        <source>Không rõ thôn/tổ dân phố của dòng này: thêm cột &quot;Thôn/Tổ dân phố&quot;, hoặc một dòng tiêu đề thôn (ví dụ &quot;Thôn Nà Sla&quot;) phía trên, hoặc chọn Tổ khi nhập.</source>
        <translation>Không rõ thôn/tổ dân phố của dòng này: thêm cột &quot;Thôn/Tổ dân phố&quot;, hoặc một dòng tiêu đề thôn (ví dụ &quot;Thôn Nà Sla&quot;) phía trên, hoặc chọn Tổ khi nhập.</translation>
    </message>
    <message>
        <source>{commune} chưa có thôn/tổ dân phố &quot;{value}&quot;; thôn này sẽ được tạo mới khi ghi (các dòng khác của thôn này cũng vậy). Nếu là tên viết khác của thôn đã có, hãy sửa lại cho đúng.</source>
        <translation>{commune} chưa có thôn/tổ dân phố &quot;{value}&quot;; thôn này sẽ được tạo mới khi ghi (các dòng khác của thôn này cũng vậy). Nếu là tên viết khác của thôn đã có, hãy sửa lại cho đúng.</translation>
    </message>
    <message>
        <source>{commune} không có thôn/tổ dân phố &quot;{value}&quot;; hãy sửa tên thôn hoặc thêm thôn trong trang Thôn/Tổ dân phố trước khi nhập.</source>
        <translation>{commune} không có thôn/tổ dân phố &quot;{value}&quot;; hãy sửa tên thôn hoặc thêm thôn trong trang Thôn/Tổ dân phố trước khi nhập.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; khớp nhiều thôn/tổ dân phố ({names}); hãy ghi đầy đủ tên, ví dụ &quot;Thôn 1&quot; hay &quot;Tổ dân phố 1&quot;.</source>
        <translation>&quot;{value}&quot; khớp nhiều thôn/tổ dân phố ({names}); hãy ghi đầy đủ tên, ví dụ &quot;Thôn 1&quot; hay &quot;Tổ dân phố 1&quot;.</translation>
    </message>
    <message>
        <source>Dòng ghi thôn &quot;{value}&quot; nhưng được nhập vào {chosen} như đã chọn.</source>
        <translation>Dòng ghi thôn &quot;{value}&quot; nhưng được nhập vào {chosen} như đã chọn.</translation>
    </message>
    <message>
        <source>Không rõ xã/phường của dòng này: thêm cột &quot;Xã/Phường&quot;, một dòng tiêu đề xã phía trên, hoặc chọn xã khi nhập.</source>
        <translation>Không rõ xã/phường của dòng này: thêm cột &quot;Xã/Phường&quot;, một dòng tiêu đề xã phía trên, hoặc chọn xã khi nhập.</translation>
    </message>
    <message>
        <source>Không tìm thấy xã/phường &quot;{value}&quot; trong phạm vi của đơn vị; hãy sửa tên xã hoặc chọn xã khi nhập.</source>
        <translation>Không tìm thấy xã/phường &quot;{value}&quot; trong phạm vi của đơn vị; hãy sửa tên xã hoặc chọn xã khi nhập.</translation>
    </message>
    <message>
        <source>Có nhiều xã/phường tên &quot;{value}&quot; ({names}); hãy chọn xã khi nhập.</source>
        <translation>Có nhiều xã/phường tên &quot;{value}&quot; ({names}); hãy chọn xã khi nhập.</translation>
    </message>
    <message>
        <source>Dòng ghi xã &quot;{value}&quot; nhưng được nhập vào {chosen} như đã chọn.</source>
        <translation>Dòng ghi xã &quot;{value}&quot; nhưng được nhập vào {chosen} như đã chọn.</translation>
    </message>
    <message>
        <source>Tài khoản không được sửa dữ liệu của {value} (ngoài phạm vi được phân công).</source>
        <translation>Tài khoản không được sửa dữ liệu của {value} (ngoài phạm vi được phân công).</translation>
    </message>
    <message>
        <source>{village} chưa có Tổ CNSCĐ; Tổ sẽ được lập (trạng thái dự kiến, chờ quyết định thành lập).</source>
        <translation>{village} chưa có Tổ CNSCĐ; Tổ sẽ được lập (trạng thái dự kiến, chờ quyết định thành lập).</translation>
    </message>
    <message>
        <source>Chưa ghi vai trò trong Tổ; coi là Thành viên.</source>
        <translation>Chưa ghi vai trò trong Tổ; coi là Thành viên.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; đã có ở dòng {first_row} ({first_sheet}) cho cùng Tổ; hãy xóa một trong hai dòng.</source>
        <translation>&quot;{value}&quot; đã có ở dòng {first_row} ({first_sheet}) cho cùng Tổ; hãy xóa một trong hai dòng.</translation>
    </message>
    <message>
        <source>Số CCCD {value} đã ghi cho &quot;{other_name}&quot; ở dòng {first_row}; hãy kiểm tra lại số CCCD.</source>
        <translation>Số CCCD {value} đã ghi cho &quot;{other_name}&quot; ở dòng {first_row}; hãy kiểm tra lại số CCCD.</translation>
    </message>
    <message>
        <source>{team} có {count} Tổ trưởng trong tệp ({names}); mỗi Tổ chỉ có một Tổ trưởng: hãy sửa vai trò của những người còn lại.</source>
        <translation>{team} có {count} Tổ trưởng trong tệp ({names}); mỗi Tổ chỉ có một Tổ trưởng: hãy sửa vai trò của những người còn lại.</translation>
    </message>
    <message>
        <source>Tài khoản không được xem số CCCD nên cột Số CCCD được bỏ qua.</source>
        <translation>Tài khoản không được xem số CCCD nên cột Số CCCD được bỏ qua.</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng thành viên nào trong tệp. Tệp cần có dòng tiêu đề (Họ và tên, Ngày sinh…) và các dòng thành viên bên dưới; có thể dùng Mẫu nhập liệu.</source>
        <translation>Không tìm thấy dòng thành viên nào trong tệp. Tệp cần có dòng tiêu đề (Họ và tên, Ngày sinh…) và các dòng thành viên bên dưới; có thể dùng Mẫu nhập liệu.</translation>
    </message>
    <message>
        <source>{value} ({role}, {team}) không có trong tệp: thôi tham gia Tổ từ ngày nhập (chế độ thay thế danh sách).</source>
        <translation>{value} ({role}, {team}) không có trong tệp: thôi tham gia Tổ từ ngày nhập (chế độ thay thế danh sách).</translation>
    </message>
    <message>
        <source>{team} sẽ có {count} thành viên, ngoài mức quy định {min}–{max} người.</source>
        <translation>{team} sẽ có {count} thành viên, ngoài mức quy định {min}–{max} người.</translation>
    </message>
    <message>
        <source>{team} chưa có Tổ trưởng.</source>
        <translation>{team} chưa có Tổ trưởng.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu vừa thay đổi (có thể người khác đang nhập cùng Tổ); không có gì được ghi. Hãy kiểm tra lại rồi nhập lại.</source>
        <translation>Cơ sở dữ liệu vừa thay đổi (có thể người khác đang nhập cùng Tổ); không có gì được ghi. Hãy kiểm tra lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Không đọc được tệp{why}. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi nhập lại.</source>
        <translation>Không đọc được tệp{why}. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi nhập lại.</translation>
    </message>
    <message>
        <source>: tệp rỗng (0 byte)</source>
        <translation>: tệp rỗng (0 byte)</translation>
    </message>
    <message>
        <source>: tệp không có trang tính nào</source>
        <translation>: tệp không có trang tính nào</translation>
    </message>
    <message>
        <source>: đây là một thư mục, không phải tệp</source>
        <translation>: đây là một thư mục, không phải tệp</translation>
    </message>
    <message>
        <source>: không mở được tệp (tệp đã bị xóa, đang mở ở chương trình khác hoặc không có quyền đọc)</source>
        <translation>: không mở được tệp (tệp đã bị xóa, đang mở ở chương trình khác hoặc không có quyền đọc)</translation>
    </message>
    <message>
        <source> (tệp hỏng hoặc không đúng định dạng)</source>
        <translation> (tệp hỏng hoặc không đúng định dạng)</translation>
    </message>
    <message>
        <source>Tệp không phải bảng tính Excel{what}. Hãy mở bằng Excel hoặc LibreOffice rồi lưu dạng .xlsx.</source>
        <translation>Tệp không phải bảng tính Excel{what}. Hãy mở bằng Excel hoặc LibreOffice rồi lưu dạng .xlsx.</translation>
    </message>
    <message>
        <source>: đây là tệp PDF</source>
        <translation>: đây là tệp PDF</translation>
    </message>
    <message>
        <source>: đây là trang web (HTML) được lưu với đuôi .xls</source>
        <translation>: đây là trang web (HTML) được lưu với đuôi .xls</translation>
    </message>
    <message>
        <source>: đây là bảng tính dạng XML 2003</source>
        <translation>: đây là bảng tính dạng XML 2003</translation>
    </message>
    <message>
        <source>: đây là tệp dữ liệu dạng thẻ (XML)</source>
        <translation>: đây là tệp dữ liệu dạng thẻ (XML)</translation>
    </message>
    <message>
        <source>: đây là tệp văn bản hoặc CSV</source>
        <translation>: đây là tệp văn bản hoặc CSV</translation>
    </message>
    <message>
        <source>Tệp quá lớn để là một danh sách thành viên (khai báo nhiều dữ liệu hơn mức cho phép). Hãy mở tệp bằng Excel, chỉ giữ các trang tính danh sách, lưu lại rồi nhập lại.</source>
        <translation>Tệp quá lớn để là một danh sách thành viên (khai báo nhiều dữ liệu hơn mức cho phép). Hãy mở tệp bằng Excel, chỉ giữ các trang tính danh sách, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Tệp bị hỏng hoặc có cấu trúc bất thường (khai báo kích thước không khớp với nội dung) nên không được mở. Hãy mở tệp bằng Excel hoặc LibreOffice, chép danh sách sang một tệp mới (hoặc Mẫu nhập liệu), lưu dạng .xlsx rồi nhập lại.</source>
        <translation>Tệp bị hỏng hoặc có cấu trúc bất thường (khai báo kích thước không khớp với nội dung) nên không được mở. Hãy mở tệp bằng Excel hoặc LibreOffice, chép danh sách sang một tệp mới (hoặc Mẫu nhập liệu), lưu dạng .xlsx rồi nhập lại.</translation>
    </message>
    <message>
        <source>Tệp bị hỏng hoặc chưa tải về hết (không mở được phần nén bên trong). Hãy tải hoặc chép lại tệp, mở thử bằng Excel, lưu lại dạng .xlsx rồi nhập lại.</source>
        <translation>Tệp bị hỏng hoặc chưa tải về hết (không mở được phần nén bên trong). Hãy tải hoặc chép lại tệp, mở thử bằng Excel, lưu lại dạng .xlsx rồi nhập lại.</translation>
    </message>
    <message>
        <source>Không đọc được tệp: bộ đọc bảng tính dừng giữa chừng (tệp hỏng hoặc quá lớn). Phần mềm vẫn chạy bình thường. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi nhập lại.</source>
        <translation>Không đọc được tệp: bộ đọc bảng tính dừng giữa chừng (tệp hỏng hoặc quá lớn). Phần mềm vẫn chạy bình thường. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi nhập lại.</translation>
    </message>
    <message>
        <source>Đọc tệp quá lâu (quá {seconds} giây) nên đã dừng. Tệp có thể bị hỏng hoặc chứa rất nhiều ô trống được định dạng; hãy chép danh sách sang Mẫu nhập liệu rồi nhập lại.</source>
        <translation>Đọc tệp quá lâu (quá {seconds} giây) nên đã dừng. Tệp có thể bị hỏng hoặc chứa rất nhiều ô trống được định dạng; hãy chép danh sách sang Mẫu nhập liệu rồi nhập lại.</translation>
    </message>
    <message>
        <source>Không đọc được trang tính này (dữ liệu bên trong bị hỏng); các trang tính khác vẫn được đọc. Hãy mở tệp bằng Excel, chép trang này sang tệp mới, lưu lại rồi nhập lại.</source>
        <translation>Không đọc được trang tính này (dữ liệu bên trong bị hỏng); các trang tính khác vẫn được đọc. Hãy mở tệp bằng Excel, chép trang này sang tệp mới, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Tệp được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp &gt; Thông tin &gt; Bảo vệ sổ làm việc), lưu lại rồi nhập lại.</source>
        <translation>Tệp được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp &gt; Thông tin &gt; Bảo vệ sổ làm việc), lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Không có dòng tiêu đề danh sách (Họ và tên, Ngày sinh…) trong 30 dòng đầu; trang tính này được bỏ qua.</source>
        <translation>Không có dòng tiêu đề danh sách (Họ và tên, Ngày sinh…) trong 30 dòng đầu; trang tính này được bỏ qua.</translation>
    </message>
    <message>
        <source>Có dòng tiêu đề nhưng không có dòng thành viên nào.</source>
        <translation>Có dòng tiêu đề nhưng không có dòng thành viên nào.</translation>
    </message>
    <message>
        <source>Dòng có dữ liệu nhưng thiếu họ và tên; hãy ghi họ tên hoặc xóa dòng.</source>
        <translation>Dòng có dữ liệu nhưng thiếu họ và tên; hãy ghi họ tên hoặc xóa dòng.</translation>
    </message>
    <message>
        <source>Dòng có dữ liệu nhưng ô họ tên không phải một họ tên (có chữ số, ký hiệu, hoặc dài quá 8 tiếng); hãy sửa lại họ tên hoặc xóa dòng.</source>
        <translation>Dòng có dữ liệu nhưng ô họ tên không phải một họ tên (có chữ số, ký hiệu, hoặc dài quá 8 tiếng); hãy sửa lại họ tên hoặc xóa dòng.</translation>
    </message>
    <message>
        <source>Ô có giá trị lỗi của Excel {detail} (công thức bị lỗi); đọc như ô trống. Hãy sửa công thức hoặc gõ giá trị rồi nhập lại nếu cần.</source>
        <translation>Ô có giá trị lỗi của Excel {detail} (công thức bị lỗi); đọc như ô trống. Hãy sửa công thức hoặc gõ giá trị rồi nhập lại nếu cần.</translation>
    </message>
    <message>
        <source>{message} (Giá trị trong ô: &quot;{value}&quot;)</source>
        <translation>{message} (Giá trị trong ô: &quot;{value}&quot;)</translation>
    </message>
    <message>
        <source>Đã bỏ danh xưng &quot;{word}&quot; khỏi họ tên; họ tên ghi nhận là &quot;{name}&quot;.</source>
        <translation>Đã bỏ danh xưng &quot;{word}&quot; khỏi họ tên; họ tên ghi nhận là &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Đã bỏ danh xưng &quot;{word}&quot; khỏi họ tên; họ tên ghi nhận là &quot;{name}&quot;. Giới tính lấy theo danh xưng: {sex}.</source>
        <translation>Đã bỏ danh xưng &quot;{word}&quot; khỏi họ tên; họ tên ghi nhận là &quot;{name}&quot;. Giới tính lấy theo danh xưng: {sex}.</translation>
    </message>
    <message>
        <source>Danh xưng &quot;{word}&quot; không khớp giới tính &quot;{value}&quot; ghi trong cột; giữ giới tính trong cột, hãy kiểm tra lại.</source>
        <translation>Danh xưng &quot;{word}&quot; không khớp giới tính &quot;{value}&quot; ghi trong cột; giữ giới tính trong cột, hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; được hiểu là để trống (chưa có thông tin). Nếu có thông tin, hãy ghi vào.</source>
        <translation>&quot;{value}&quot; được hiểu là để trống (chưa có thông tin). Nếu có thông tin, hãy ghi vào.</translation>
    </message>
    <message>
        <source>Ô ngày sinh chứa ngày {date}, thực ra là năm {year} được gõ vào ô định dạng ngày (Excel đổi 1985 thành 07/06/1905); ghi nhận năm sinh {year}. Nên định dạng cột Ngày sinh là Văn bản (Text) rồi gõ lại.</source>
        <translation>Ô ngày sinh chứa ngày {date}, thực ra là năm {year} được gõ vào ô định dạng ngày (Excel đổi 1985 thành 07/06/1905); ghi nhận năm sinh {year}. Nên định dạng cột Ngày sinh là Văn bản (Text) rồi gõ lại.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; không có ngày, tháng; ghi nhận năm sinh {year}.</source>
        <translation>&quot;{value}&quot; không có ngày, tháng; ghi nhận năm sinh {year}.</translation>
    </message>
    <message>
        <source>Ô có nhiều số điện thoại; giữ số đầu tiên, các số khác ({others}) được ghi vào Ghi chú.</source>
        <translation>Ô có nhiều số điện thoại; giữ số đầu tiên, các số khác ({others}) được ghi vào Ghi chú.</translation>
    </message>
    <message>
        <source>Phần ghi thêm &quot;{extra}&quot; sau số điện thoại được chuyển vào Ghi chú.</source>
        <translation>Phần ghi thêm &quot;{extra}&quot; sau số điện thoại được chuyển vào Ghi chú.</translation>
    </message>
    <message>
        <source>Năm sinh {year}: đến {on} người này {age} tuổi, ngoài độ tuổi tham gia Tổ ({min}–{max} tuổi, cài đặt của cơ quan). Hãy kiểm tra lại ngày sinh (có thể gõ nhầm năm).</source>
        <translation>Năm sinh {year}: đến {on} người này {age} tuổi, ngoài độ tuổi tham gia Tổ ({min}–{max} tuổi, cài đặt của cơ quan). Hãy kiểm tra lại ngày sinh (có thể gõ nhầm năm).</translation>
    </message>
    <message>
        <source>{role} phải từ 18 tuổi trở lên; người này {age} tuổi (năm sinh {year}). Hãy kiểm tra lại ngày sinh hoặc vai trò.</source>
        <translation>{role} phải từ 18 tuổi trở lên; người này {age} tuổi (năm sinh {year}). Hãy kiểm tra lại ngày sinh hoặc vai trò.</translation>
    </message>
    <message>
        <source>Phần {part} của họ tên dài {length} ký tự, quá {max} ký tự; hãy kiểm tra lại cột họ tên (có thể dán nhầm nhiều ô vào một ô).</source>
        <translation>Phần {part} của họ tên dài {length} ký tự, quá {max} ký tự; hãy kiểm tra lại cột họ tên (có thể dán nhầm nhiều ô vào một ô).</translation>
    </message>
    <message>
        <source>họ</source>
        <translation>họ</translation>
    </message>
    <message>
        <source>tên đệm</source>
        <translation>tên đệm</translation>
    </message>
    <message>
        <source>tên</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>Tên thôn/tổ dân phố dài {length} ký tự, quá {max} ký tự; hãy kiểm tra lại cột thôn.</source>
        <translation>Tên thôn/tổ dân phố dài {length} ký tự, quá {max} ký tự; hãy kiểm tra lại cột thôn.</translation>
    </message>
    <message>
        <source>Tên thôn/tổ dân phố &quot;{value}&quot; có ký tự không dùng trong tên thôn ({chars}); hãy gõ lại bằng chữ và số.</source>
        <translation>Tên thôn/tổ dân phố &quot;{value}&quot; có ký tự không dùng trong tên thôn ({chars}); hãy gõ lại bằng chữ và số.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; và &quot;{name}&quot; là cùng một thôn/tổ dân phố; ghi thống nhất là &quot;{name}&quot;.</source>
        <translation>&quot;{value}&quot; và &quot;{name}&quot; là cùng một thôn/tổ dân phố; ghi thống nhất là &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>{name} có trong danh sách người đã thôi tham gia ({why}); khi ghi, {name} thôi tham gia {team} từ ngày {date}.</source>
        <translation>{name} có trong danh sách người đã thôi tham gia ({why}); khi ghi, {name} thôi tham gia {team} từ ngày {date}.</translation>
    </message>
    <message>
        <source>Không ghi ngày thôi tham gia; dùng ngày nhập {date}. Nếu biết ngày, hãy ghi vào cột &quot;Ngày thôi&quot; hoặc Ghi chú.</source>
        <translation>Không ghi ngày thôi tham gia; dùng ngày nhập {date}. Nếu biết ngày, hãy ghi vào cột &quot;Ngày thôi&quot; hoặc Ghi chú.</translation>
    </message>
    <message>
        <source>{name} có trong danh sách người đã thôi tham gia ({why}) nhưng không phải thành viên hiện tại của Tổ nào khớp; dòng này không được nhập.</source>
        <translation>{name} có trong danh sách người đã thôi tham gia ({why}) nhưng không phải thành viên hiện tại của Tổ nào khớp; dòng này không được nhập.</translation>
    </message>
    <message>
        <source>Cột Đã tập huấn ghi &quot;{value}&quot; nhưng chưa chọn khóa tập huấn nên chưa ghi nhận. Hãy chọn khóa tập huấn khi nhập (hoặc ghi tên khóa vào ô).</source>
        <translation>Cột Đã tập huấn ghi &quot;{value}&quot; nhưng chưa chọn khóa tập huấn nên chưa ghi nhận. Hãy chọn khóa tập huấn khi nhập (hoặc ghi tên khóa vào ô).</translation>
    </message>
    <message>
        <source>Ghi nhận đã hoàn thành khóa &quot;{course}&quot;.</source>
        <translation>Ghi nhận đã hoàn thành khóa &quot;{course}&quot;.</translation>
    </message>
    <message>
        <source>{what}: bổ sung &quot;{new}&quot; (dữ liệu đang để trống).</source>
        <translation>{what}: bổ sung &quot;{new}&quot; (dữ liệu đang để trống).</translation>
    </message>
    <message>
        <source>{what}: dữ liệu đang ghi &quot;{old}&quot;, tệp ghi &quot;{new}&quot;; khi ghi, giá trị của tệp thay giá trị cũ. Nếu tệp ghi sai (hoặc đây là người khác), hãy sửa tệp trước khi ghi.</source>
        <translation>{what}: dữ liệu đang ghi &quot;{old}&quot;, tệp ghi &quot;{new}&quot;; khi ghi, giá trị của tệp thay giá trị cũ. Nếu tệp ghi sai (hoặc đây là người khác), hãy sửa tệp trước khi ghi.</translation>
    </message>
    <message>
        <source>Ghi nhận là đoàn viên.</source>
        <translation>Ghi nhận là đoàn viên.</translation>
    </message>
    <message>
        <source>Vai trò trong Tổ đổi từ {old} thành {new}.</source>
        <translation>Vai trò trong Tổ đổi từ {old} thành {new}.</translation>
    </message>
    <message>
        <source>Không có cài đặt &quot;{value}&quot; cho cơ quan.</source>
        <translation>Không có cài đặt &quot;{value}&quot; cho cơ quan.</translation>
    </message>
    <message>
        <source>Giá trị &quot;{value}&quot; không dùng được cho cài đặt này (tuổi từ 0 đến 150, tuổi tối thiểu không lớn hơn tuổi tối đa).</source>
        <translation>Giá trị &quot;{value}&quot; không dùng được cho cài đặt này (tuổi từ 0 đến 150, tuổi tối thiểu không lớn hơn tuổi tối đa).</translation>
    </message>
    <message>
        <source>Đánh dấu cả cột Nam và cột Nữ; chỉ đánh dấu một cột.</source>
        <translation>Đánh dấu cả cột Nam và cột Nữ; chỉ đánh dấu một cột.</translation>
    </message>
    <message>
        <source>Đã hủy tạo dữ liệu mẫu; cơ sở dữ liệu không thay đổi.</source>
        <translation>Đã hủy tạo dữ liệu mẫu; cơ sở dữ liệu không thay đổi.</translation>
    </message>
    <message>
        <source>Danh mục đơn vị hành chính chưa có tỉnh/thành phố nào.</source>
        <translation>Danh mục đơn vị hành chính chưa có tỉnh/thành phố nào.</translation>
    </message>
    <message>
        <source>Không tìm thấy xã/phường nào trong danh mục để tạo dữ liệu mẫu.</source>
        <translation>Không tìm thấy xã/phường nào trong danh mục để tạo dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Bảng {table} có cột mới {column} mà bộ tạo dữ liệu mẫu chưa biết cách điền.</source>
        <translation>Bảng {table} có cột mới {column} mà bộ tạo dữ liệu mẫu chưa biết cách điền.</translation>
    </message>
    <message>
        <source>Quy mô không hợp lệ: &quot;{scale}&quot; (district, province hoặc national).</source>
        <translation>Quy mô không hợp lệ: &quot;{scale}&quot; (district, province hoặc national).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ: &quot;{catalogue}&quot; (2025 hoặc pre2025).</source>
        <translation>Danh mục không hợp lệ: &quot;{catalogue}&quot; (2025 hoặc pre2025).</translation>
    </message>
    <message>
        <source>Cơ quan trong cơ sở dữ liệu này dùng danh mục {office}; không tạo dữ liệu mẫu theo danh mục {wanted}. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db).</source>
        <translation>Cơ quan trong cơ sở dữ liệu này dùng danh mục {office}; không tạo dữ liệu mẫu theo danh mục {wanted}. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db).</translation>
    </message>
    <message>
        <source>Chưa mở cơ sở dữ liệu.</source>
        <translation>Chưa mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã có dữ liệu mẫu (quy mô {scale}, seed {seed}); không tạo thêm để tránh trùng lặp. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db).</source>
        <translation>Cơ sở dữ liệu này đã có dữ liệu mẫu (quy mô {scale}, seed {seed}); không tạo thêm để tránh trùng lặp. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã có dữ liệu (thôn, tổ hoặc thành viên); dữ liệu mẫu chỉ được tạo trên cơ sở dữ liệu chưa có dữ liệu. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db).</source>
        <translation>Cơ sở dữ liệu này đã có dữ liệu (thôn, tổ hoặc thành viên); dữ liệu mẫu chỉ được tạo trên cơ sở dữ liệu chưa có dữ liệu. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db).</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source> (bản đóng gói)</source>
        <extracomment>Set to &quot;gui&quot; (an error in the event loop), &quot;thread&quot; (in a plain thread) or &quot;fault&quot; (a hard crash) to try the handler on a real window; nothing else reads it.</extracomment>
        <translation> (bản đóng gói)</translation>
    </message>
    <message>
        <source>Thời điểm: %1</source>
        <translation>Thời điểm: %1</translation>
    </message>
    <message>
        <source>Hệ điều hành: %1</source>
        <translation>Hệ điều hành: %1</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>Luồng: %1</source>
        <translation>Luồng: %1</translation>
    </message>
    <message>
        <source>Lỗi:</source>
        <translation>Lỗi:</translation>
    </message>
    <message>
        <source>Nhật ký gần nhất:</source>
        <translation>Nhật ký gần nhất:</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi</source>
        <translation>Lỗi không mong đợi</translation>
    </message>
    <message>
        <source>Lần trước phần mềm đã dừng đột ngột. Dữ liệu đã lưu trước lúc đó vẫn an toàn; việc đang làm dở có thể chưa được lưu, hãy kiểm tra lại.</source>
        <translation>Lần trước phần mềm đã dừng đột ngột. Dữ liệu đã lưu trước lúc đó vẫn an toàn; việc đang làm dở có thể chưa được lưu, hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Phần mềm gặp một lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; việc vừa làm có thể chưa được lưu, hãy kiểm tra lại.</source>
        <translation>Phần mềm gặp một lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; việc vừa làm có thể chưa được lưu, hãy kiểm tra lại.</translation>
    </message>
    <message>
        <source>Hãy bấm &quot;Lưu báo cáo&quot; (hoặc &quot;Chép&quot; rồi dán vào thư) và gửi cho người hỗ trợ kỹ thuật, kèm một câu: bạn vừa làm gì.</source>
        <translation>Hãy bấm &quot;Lưu báo cáo&quot; (hoặc &quot;Chép&quot; rồi dán vào thư) và gửi cho người hỗ trợ kỹ thuật, kèm một câu: bạn vừa làm gì.</translation>
    </message>
    <message>
        <source>Báo cáo đã được lưu sẵn tại: %1</source>
        <translation>Báo cáo đã được lưu sẵn tại: %1</translation>
    </message>
    <message>
        <source>Chép</source>
        <translation>Chép</translation>
    </message>
    <message>
        <source>Lưu báo cáo…</source>
        <translation>Lưu báo cáo…</translation>
    </message>
    <message>
        <source>Tiếp tục làm việc</source>
        <translation>Tiếp tục làm việc</translation>
    </message>
    <message>
        <source>Thoát phần mềm</source>
        <translation>Thoát phần mềm</translation>
    </message>
    <message>
        <source>Đã chép báo cáo; dán vào thư hoặc tin nhắn.</source>
        <translation>Đã chép báo cáo; dán vào thư hoặc tin nhắn.</translation>
    </message>
    <message>
        <source>Lưu báo cáo lỗi</source>
        <translation>Lưu báo cáo lỗi</translation>
    </message>
    <message>
        <source>Tệp văn bản (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <source>Không lưu được %1: %2</source>
        <translation>Không lưu được %1: %2</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo: %1</source>
        <translation>Đã lưu báo cáo: %1</translation>
    </message>
    <message>
        <source>Lần chạy trước dừng đột ngột:</source>
        <translation>Lần chạy trước dừng đột ngột:</translation>
    </message>
</context>
<context>
    <name>decisions</name>
    <message>
        <source>Lập dự thảo quyết định</source>
        <translation>Lập dự thảo quyết định</translation>
    </message>
    <message>
        <source>%1 chưa có Tổ CNSCĐ nào.</source>
        <translation>%1 chưa có Tổ CNSCĐ nào.</translation>
    </message>
    <message>
        <source>Sửa dự thảo quyết định</source>
        <translation>Sửa dự thảo quyết định</translation>
    </message>
    <message>
        <source>Ban hành quyết định</source>
        <translation>Ban hành quyết định</translation>
    </message>
    <message>
        <source>%1 đã được ban hành.</source>
        <translation>%1 đã được ban hành.</translation>
    </message>
    <message>
        <source>Xóa dự thảo</source>
        <translation>Xóa dự thảo</translation>
    </message>
    <message>
        <source>Xóa dự thảo &quot;%1&quot;? Không khôi phục được.</source>
        <translation>Xóa dự thảo &quot;%1&quot;? Không khôi phục được.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Mở bằng trình xem PDF</source>
        <translation>Mở bằng trình xem PDF</translation>
    </message>
    <message>
        <source>Máy chưa có chương trình xem PDF. Tệp đã được lưu tạm ở:
%1</source>
        <translation>Máy chưa có chương trình xem PDF. Tệp đã được lưu tạm ở:
%1</translation>
    </message>
    <message>
        <source>Lưu quyết định thành</source>
        <translation>Lưu quyết định thành</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>In quyết định của các Tổ trong xã</source>
        <translation>In quyết định của các Tổ trong xã</translation>
    </message>
    <message>
        <source>Đang xuất quyết định của %1 Tổ…</source>
        <translation>Đang xuất quyết định của %1 Tổ…</translation>
    </message>
    <message>
        <source>Đã ghi quyết định của %1 Tổ vào tệp:
%2</source>
        <translation>Đã ghi quyết định của %1 Tổ vào tệp:
%2</translation>
    </message>
    <message>
        <source>Đã ghi %1 tệp PDF vào thư mục:
%2</source>
        <translation>Đã ghi %1 tệp PDF vào thư mục:
%2</translation>
    </message>
    <message>
        <source>Mở thư mục?</source>
        <translation>Mở thư mục?</translation>
    </message>
    <message>
        <source>Đã xuất xong</source>
        <translation>Đã xuất xong</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>Đã dừng xuất quyết định; tệp chung chưa được tạo.</source>
        <translation>Đã dừng xuất quyết định; tệp chung chưa được tạo.</translation>
    </message>
    <message>
        <source>Đã dừng xuất quyết định. Các tệp đã ghi trước khi dừng vẫn còn trong thư mục.</source>
        <translation>Đã dừng xuất quyết định. Các tệp đã ghi trước khi dừng vẫn còn trong thư mục.</translation>
    </message>
    <message>
        <source>Đã dừng</source>
        <translation>Đã dừng</translation>
    </message>
    <message>
        <source>Không xuất được quyết định</source>
        <translation>Không xuất được quyết định</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Đã xảy ra lỗi không mong đợi: %1</source>
        <translation>Đã xảy ra lỗi không mong đợi: %1</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xls *.xlsm *.ods)</source>
        <translation>Bảng tính (*.xlsx *.xls *.xlsm *.ods)</translation>
    </message>
    <message>
        <source>Tất cả các tệp (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Nam</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Đã giải thể</source>
        <translation>Đã giải thể</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Kết hợp</source>
        <translation>Kết hợp</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Vắng</translation>
    </message>
    <message>
        <source>%1 ngày %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>Dự thảo %1</source>
        <translation>Dự thảo %1</translation>
    </message>
    <message>
        <source>Tổ trưởng</source>
        <translation>Tổ trưởng</translation>
    </message>
    <message>
        <source>Tổ phó</source>
        <translation>Tổ phó</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Thành lập</source>
        <translation>Thành lập</translation>
    </message>
    <message>
        <source>Kiện toàn</source>
        <translation>Kiện toàn</translation>
    </message>
    <message>
        <source>Giải thể</source>
        <translation>Giải thể</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Bị thay thế</source>
        <translation>Bị thay thế</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Dự thảo quyết định</source>
        <translation>Dự thảo quyết định</translation>
    </message>
    <message>
        <source>Quyết định số %1 ngày %2</source>
        <translation>Quyết định số %1 ngày %2</translation>
    </message>
    <message>
        <source>Quyết định số %1</source>
        <translation>Quyết định số %1</translation>
    </message>
</context>
<context>
    <name>msgbox</name>
    <message>
        <source>Đồng ý</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>Quản trị</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Cán bộ nhập liệu</source>
        <translation>Cán bộ nhập liệu</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <source>Làm được mọi việc, kể cả quản lý người dùng, sao lưu và khôi phục.</source>
        <translation>Làm được mọi việc, kể cả quản lý người dùng, sao lưu và khôi phục.</translation>
    </message>
    <message>
        <source>Nhập và sửa dữ liệu của đơn vị được giao và các đơn vị trực thuộc.</source>
        <translation>Nhập và sửa dữ liệu của đơn vị được giao và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>Chỉ xem và xuất báo cáo, không sửa được gì.</source>
        <translation>Chỉ xem và xuất báo cáo, không sửa được gì.</translation>
    </message>
    <message>
        <source>Đã khoá</source>
        <translation>Đã khoá</translation>
    </message>
    <message>
        <source>Tạm khoá đến %1 (nhập sai mật khẩu)</source>
        <translation>Tạm khoá đến %1 (nhập sai mật khẩu)</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Đang dùng</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>dd/mm/yyyy hoặc năm</source>
        <translation>dd/mm/yyyy hoặc năm</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
</TS>
