<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Thêm người dùng</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>không dấu, không dấu cách: canbo.hopthanh</source>
        <translation>no accents, no spaces: canbo.hopthanh</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Vai trò:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Đơn vị được giao:</source>
        <translation>Assigned unit:</translation>
    </message>
    <message>
        <source>Được xem và sửa số CCCD</source>
        <translation>May see and edit citizen IDs</translation>
    </message>
    <message>
        <source>Dữ liệu nhạy cảm:</source>
        <translation>Sensitive data:</translation>
    </message>
    <message>
        <source>ít nhất %1 ký tự</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Password again:</translation>
    </message>
    <message>
        <source>Nhập tên đăng nhập, không có dấu cách.</source>
        <translation>Enter a user name without spaces.</translation>
    </message>
    <message>
        <source>Cán bộ nhập liệu cần được giao một đơn vị: tìm theo tên hoặc chọn trên cây.</source>
        <translation>A clerk needs an assigned unit: search by name or choose it in the tree.</translation>
    </message>
</context>
<context>
    <name>ArticlesEditor</name>
    <message>
        <source>(không bắt buộc) ví dụ: Nhiệm vụ của Tổ</source>
        <translation>(optional) e.g. Duties of the team</translation>
    </message>
    <message>
        <source>Mỗi đoạn (khoản) một dòng; dòng trống giữa các đoạn chỉ để dễ đọc.</source>
        <translation>One paragraph (clause) per line; blank lines between paragraphs are only for reading.</translation>
    </message>
    <message>
        <source>Thêm điều</source>
        <translation>Add article</translation>
    </message>
    <message>
        <source>Xóa điều</source>
        <translation>Remove article</translation>
    </message>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Tiêu đề:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Điều %1. %2</source>
        <translation>Article %1. %2</translation>
    </message>
</context>
<context>
    <name>AttendeesDialog</name>
    <message>
        <source>Thêm học viên</source>
        <translation>Add attendees</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Lớp: %1</source>
        <translation>Course: %1</translation>
    </message>
    <message>
        <source>Mọi thành viên các tổ trong %1</source>
        <translation>Every team member in %1</translation>
    </message>
    <message>
        <source>Thành viên của một tổ:</source>
        <translation>Members of one team:</translation>
    </message>
    <message>
        <source>Chọn từng người:</source>
        <translation>Pick people one by one:</translation>
    </message>
    <message>
        <source>Gõ tên hoặc số điện thoại, ví dụ: nguyen thi hoa</source>
        <translation>Type a name or phone number, e.g. nguyen thi hoa</translation>
    </message>
    <message>
        <source>Nhấp đúp hoặc Enter để chọn người</source>
        <translation>Double-click or press Enter to pick the person</translation>
    </message>
    <message>
        <source>Nhấp đúp hoặc Delete để bỏ chọn</source>
        <translation>Double-click or press Delete to unpick</translation>
    </message>
    <message>
        <source>Tìm thấy:</source>
        <translation>Found:</translation>
    </message>
    <message>
        <source>Đã chọn:</source>
        <translation>Picked:</translation>
    </message>
    <message>
        <source>Không tìm thấy ai.</source>
        <translation>Nobody found.</translation>
    </message>
    <message>
        <source>%1 người sẽ được thêm (người đã có trong lớp được bỏ qua).</source>
        <translation>%1 people will be added (people already in the course are skipped).</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Bỏ lọc theo đơn vị</source>
        <translation>Clear the unit filter</translation>
    </message>
    <message>
        <source>Lọc</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Xoá bộ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Người thực hiện:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Loại bản ghi:</source>
        <translation>Record type:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Chọn một dòng để xem đầy đủ nội dung trước → sau.</source>
        <translation>Choose a row to see the full change, before → after.</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Chỉ hiện nhật ký của đơn vị được giao.</source>
        <translation>Only the log of your assigned unit is shown.</translation>
    </message>
    <message>
        <source>Toàn bộ</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Enter the date as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Ngày kết thúc sớm hơn ngày bắt đầu.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 mục</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <source>Không tải được nhật ký: %1</source>
        <translation>Could not load the log: %1</translation>
    </message>
    <message>
        <source>Đơn vị: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Ghi chú: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>(không có nội dung thay đổi)</source>
        <translation>(no change recorded)</translation>
    </message>
    <message>
        <source>Xuất nhật ký ra Excel</source>
        <translation>Export the log to Excel</translation>
    </message>
    <message>
        <source>Đã xuất xong</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Đã ghi %1 mục nhật ký vào tệp:
%2

Mở thư mục chứa tệp?</source>
        <translation>Wrote %1 log entries to:
%2

Open the folder?</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Không xuất được tệp</source>
        <translation>Could not export the file</translation>
    </message>
    <message>
        <source>Đã dừng</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Đã dừng xuất; không có tệp nào được tạo.</source>
        <translation>Export stopped; no file was written.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Thao tác</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Thay đổi (trước → sau)</source>
        <translation>Change (before → after)</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>In quyết định của các Tổ trong xã</source>
        <translation>Print the decisions of the commune&apos;s teams</translation>
    </message>
    <message>
        <source>Xuất PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Các Tổ CNSCĐ của %1</source>
        <translation>Community digital technology teams of %1</translation>
    </message>
    <message>
        <source>Các Tổ:</source>
        <translation>Teams:</translation>
    </message>
    <message>
        <source>Mỗi Tổ một tệp PDF, trong thư mục:</source>
        <translation>One PDF per team, in the folder:</translation>
    </message>
    <message>
        <source>Tất cả trong một tệp PDF:</source>
        <translation>All in one PDF file:</translation>
    </message>
    <message>
        <source>Quyết định %1</source>
        <translation>Decisions %1</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Tổ đã có quyết định ban hành: in đúng tệp đã lưu khi ban hành. Tổ đang có dự thảo hoặc chưa có quyết định: in bản dự thảo (có dấu DỰ THẢO).</source>
        <translation>Teams with an issued decision: the file stored when it was issued, exactly. Teams with a draft or no decision yet: the draft (marked DỰ THẢO).</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu các quyết định</source>
        <translation>Choose the folder for the decisions</translation>
    </message>
    <message>
        <source>Lưu các quyết định thành một tệp</source>
        <translation>Save the decisions as one file</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Chọn ít nhất một Tổ.</source>
        <translation>Choose at least one team.</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu các tệp PDF.</source>
        <translation>Choose the folder for the PDF files.</translation>
    </message>
    <message>
        <source>Đây là một tệp, không phải thư mục.</source>
        <translation>This is a file, not a folder.</translation>
    </message>
    <message>
        <source>Chọn tệp PDF cần ghi.</source>
        <translation>Choose the PDF file to write.</translation>
    </message>
    <message>
        <source>Đây là một thư mục; hãy nhập tên tệp .pdf.</source>
        <translation>This is a folder; enter a .pdf file name.</translation>
    </message>
    <message>
        <source>Thư mục %1 không có.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Chào mừng đến với Sổ Tổ CNSCĐ</source>
        <translation>Welcome to Sổ Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Vài bước để thiết lập đơn vị sử dụng phần mềm. Có thể sửa lại sau trong Công cụ → Thiết lập đơn vị sử dụng.</source>
        <translation>A few steps to set up the office using the app. You can change them later in Tools → Office setup.</translation>
    </message>
    <message>
        <source>Phần mềm giúp UBND xã, phường và Sở Khoa học và Công nghệ quản lý Tổ công nghệ số cộng đồng: thôn/tổ dân phố, tổ, thành viên, tập huấn và báo cáo.

Chọn danh mục đơn vị hành chính:</source>
        <translation>The app helps commune and ward People&apos;s Committees and provincial Departments of Science and Technology keep the records of the Community Digital Technology Teams: villages, teams, members, training and reports.

Choose the administrative-unit catalogue:</translation>
    </message>
    <message>
        <source>Danh mục 2025: tỉnh – xã/phường/đặc khu (áp dụng từ 01/07/2025)</source>
        <translation>2025 catalogue: province – commune/ward/special zone (from 01/07/2025)</translation>
    </message>
    <message>
        <source>Danh mục trước 2025: tỉnh – huyện – xã (hồ sơ trước ngày 01/07/2025)</source>
        <translation>Pre-2025 catalogue: province – district – commune (records before 01/07/2025)</translation>
    </message>
    <message>
        <source>Đã có thôn, tổ và thành viên theo danh mục này nên không đổi được danh mục (chuyển sang danh mục 2025: lệnh &quot;reform&quot;).</source>
        <translation>Villages, teams and members already use this catalogue, so it cannot be switched (moving to the 2025 catalogue: the &quot;reform&quot; command).</translation>
    </message>
    <message>
        <source>Đang nạp danh mục…</source>
        <translation>Loading the catalogue…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Tài khoản: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Nhập mật khẩu hiện tại.</source>
        <translation>Enter the current password.</translation>
    </message>
    <message>
        <source>Mật khẩu hiện tại không đúng.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>CommuneStatsModel</name>
    <message>
        <source>Xã/phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Thôn/TDP</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>% thôn có tổ</source>
        <translation>% villages with a team</translation>
    </message>
    <message>
        <source>Đoàn viên</source>
        <translation>Youth Union</translation>
    </message>
    <message>
        <source>Đã tập huấn</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>% tập huấn</source>
        <translation>% trained</translation>
    </message>
    <message>
        <source>Quyết định gần nhất</source>
        <translation>Latest decision</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Không mã hoá (chỉ trong mạng nội bộ)</source>
        <translation>No encryption (local network only)</translation>
    </message>
    <message>
        <source>Mã hoá nếu máy chủ hỗ trợ</source>
        <translation>Encrypt if the server supports it</translation>
    </message>
    <message>
        <source>Bắt buộc mã hoá (TLS)</source>
        <translation>Require encryption (TLS)</translation>
    </message>
    <message>
        <source>Bắt buộc mã hoá và kiểm tra chứng chỉ máy chủ</source>
        <translation>Require encryption and verify the server certificate</translation>
    </message>
    <message>
        <source>Kết nối được. Cơ sở dữ liệu đang trống: bấm &quot;Khởi tạo CSDL trống&quot; để tạo bảng và nạp danh mục đơn vị hành chính.</source>
        <translation>Connected. The database is empty: press &quot;Initialise empty database&quot; to create the tables and load the administrative-unit catalogue.</translation>
    </message>
    <message>
        <source>Kết nối được. Đây là cơ sở dữ liệu của Sổ Tổ CNSCĐ (lược đồ %1, %2 người dùng).</source>
        <translation>Connected. This is a Sổ Tổ CNSCĐ database (schema %1, %2 users).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này do phiên bản mới hơn của phần mềm tạo ra; hãy cập nhật phần mềm trước.</source>
        <translation>This database was made by a newer version of the app; update the app first.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã có %1 bảng của phần mềm khác; không dùng được. Hãy chọn một cơ sở dữ liệu trống.</source>
        <translation>This database already holds %1 tables of another program; it cannot be used. Choose an empty database.</translation>
    </message>
    <message>
        <source>Kết nối máy chủ dữ liệu</source>
        <translation>Connect to a database server</translation>
    </message>
    <message>
        <source>Khi nhiều cán bộ cùng nhập liệu, dùng chung một cơ sở dữ liệu PostgreSQL trên máy chủ của xã hoặc của tỉnh. Hỏi quản trị máy chủ các thông tin dưới đây.</source>
        <translation>When several clerks enter data together, share one PostgreSQL database on the commune&apos;s or the province&apos;s server. Ask the server administrator for the details below.</translation>
    </message>
    <message>
        <source>ví dụ: 192.168.1.10 hoặc csdl.hopthanh.gov.vn</source>
        <translation>for example: 192.168.1.10 or csdl.hopthanh.gov.vn</translation>
    </message>
    <message>
        <source>không được lưu; hỏi lại mỗi lần mở</source>
        <translation>not stored; asked at every start</translation>
    </message>
    <message>
        <source>tệp chứng chỉ CA (.crt, .pem) do quản trị cấp</source>
        <translation>CA certificate file (.crt, .pem) from the administrator</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Khi biến môi trường này có giá trị, phần mềm dùng nó làm mật khẩu và không hỏi.</source>
        <translation>When this environment variable is set, the app uses it as the password and does not ask.</translation>
    </message>
    <message>
        <source>Máy chủ:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Cổng:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Người dùng:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Mã hoá (TLS):</source>
        <translation>Encryption (TLS):</translation>
    </message>
    <message>
        <source>Chứng chỉ CA:</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <source>Biến môi trường mật khẩu:</source>
        <translation>Password environment variable:</translation>
    </message>
    <message>
        <source>Kiểm tra kết nối</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Khởi tạo CSDL trống</source>
        <translation>Initialise empty database</translation>
    </message>
    <message>
        <source>Lưu và dùng máy chủ này</source>
        <translation>Save and use this server</translation>
    </message>
    <message>
        <source>Dùng tệp trên máy này</source>
        <translation>Use the file on this computer</translation>
    </message>
    <message>
        <source>Thôi dùng máy chủ; lần mở sau dùng tệp dữ liệu trên máy tính này.</source>
        <translation>Stop using the server; from the next start use the data file on this computer.</translation>
    </message>
    <message>
        <source>Chọn tệp chứng chỉ CA</source>
        <translation>Choose the CA certificate file</translation>
    </message>
    <message>
        <source>Chứng chỉ (*.crt *.pem *.cer);;Tất cả các tệp (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Đang kết nối…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Tạo các bảng của Sổ Tổ CNSCĐ và nạp danh mục đơn vị hành chính vào cơ sở dữ liệu &quot;%1&quot; trên %2? Phần mềm sẽ chuyển sang dùng máy chủ này.</source>
        <translation>Create the Sổ Tổ CNSCĐ tables and load the administrative-unit catalogue into database &quot;%1&quot; on %2? The app will then use this server.</translation>
    </message>
    <message>
        <source>Khởi tạo</source>
        <translation>Initialise</translation>
    </message>
    <message>
        <source>Đang tạo bảng và nạp danh mục…</source>
        <translation>Creating the tables and loading the catalogue…</translation>
    </message>
    <message>
        <source>Đã khởi tạo cơ sở dữ liệu trên máy chủ.</source>
        <translation>The database on the server has been initialised.</translation>
    </message>
    <message>
        <source>Kết nối máy chủ</source>
        <translation>Server connection</translation>
    </message>
    <message>
        <source>Thôi dùng máy chủ và dùng tệp dữ liệu trên máy tính này từ lần mở sau?</source>
        <translation>Stop using the server and use the data file on this computer from the next start?</translation>
    </message>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Sửa lớp tập huấn</source>
        <translation>Edit course</translation>
    </message>
    <message>
        <source>Thêm lớp tập huấn</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Ví dụ: Kỹ năng số cơ bản cho Tổ CNSCĐ</source>
        <translation>For example: Basic digital skills for the teams</translation>
    </message>
    <message>
        <source>Tên lớp:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức:</source>
        <translation>Organiser:</translation>
    </message>
    <message>
        <source>Hình thức:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Nền tảng:</source>
        <translation>Platform:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Địa điểm:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Ví dụ: 4 hoặc 3,5</source>
        <translation>For example: 4 or 3,5</translation>
    </message>
    <message>
        <source>Số giờ:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>CourseTableModel</name>
    <message>
        <source>Lớp tập huấn</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Địa điểm / nền tảng</source>
        <translation>Place / platform</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Học viên</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>%1 / %2 hoàn thành</source>
        <translation>%1 / %2 completed</translation>
    </message>
</context>
<context>
    <name>CreateTeamDialog</name>
    <message>
        <source>Thành lập Tổ CNSCĐ</source>
        <translation>Establish a team</translation>
    </message>
    <message>
        <source>Thành lập</source>
        <translation>Establish</translation>
    </message>
    <message>
        <source>Thôn/tổ dân phố:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Tên tổ:</source>
        <translation>Team name:</translation>
    </message>
    <message>
        <source>Ngày thành lập:</source>
        <translation>Established on:</translation>
    </message>
    <message>
        <source>Để trống ngày thành lập nếu tổ mới dự kiến (chưa có quyết định).</source>
        <translation>Leave the date blank if the team is only planned (no decision yet).</translation>
    </message>
</context>
<context>
    <name>DecisionDefaultsDialog</name>
    <message>
        <source>Người ký và căn cứ quyết định</source>
        <translation>Signers and legal bases</translation>
    </message>
    <message>
        <source>Áp dụng cho: %1</source>
        <translation>Applies to: %1</translation>
    </message>
    <message>
        <source>Chủ tịch:</source>
        <translation>Chairman:</translation>
    </message>
    <message>
        <source>Phó Chủ tịch (mỗi dòng một người):</source>
        <translation>Vice-Chairmen (one per line):</translation>
    </message>
    <message>
        <source>ví dụ 125 hoặc 125/KH-UBND</source>
        <translation>e.g. 125 or 125/KH-UBND</translation>
    </message>
    <message>
        <source>Số Kế hoạch của tỉnh:</source>
        <translation>Province plan number:</translation>
    </message>
    <message>
        <source>Ngày Kế hoạch:</source>
        <translation>Plan date:</translation>
    </message>
    <message>
        <source>để trống: dùng căn cứ mặc định (Luật 72/2025/QH15, Văn bản 793/BTTTT-THH, Kế hoạch của tỉnh)</source>
        <translation>leave empty for the default legal bases (Law 72/2025/QH15, Letter 793/BTTTT-THH, the province plan)</translation>
    </message>
    <message>
        <source>Căn cứ riêng (mỗi dòng một căn cứ):</source>
        <translation>Own legal bases (one per line):</translation>
    </message>
    <message>
        <source>Theo đề nghị của Trưởng phòng Văn hóa - Xã hội</source>
        <translation>Theo đề nghị của Trưởng phòng Văn hóa - Xã hội</translation>
    </message>
    <message>
        <source>Đề nghị:</source>
        <translation>Proposed by:</translation>
    </message>
    <message>
        <source>Mỗi dự thảo mới lấy người ký và căn cứ từ đây. Trong căn cứ có thể viết {commune}, {province} và {plan} (số và ngày Kế hoạch).</source>
        <translation>Every new draft takes its signer and legal bases from here. Legal bases may use {commune}, {province} and {plan} (the plan&apos;s number and date).</translation>
    </message>
    <message>
        <source>đang dùng: %1 ngày %2 (chung)</source>
        <translation>in use: %1 of %2 (shared)</translation>
    </message>
    <message>
        <source>Nhập cả số và ngày của Kế hoạch.</source>
        <translation>Enter both the plan&apos;s number and its date.</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <source>Dự thảo vừa được người khác sửa</source>
        <translation>Someone else just changed this draft</translation>
    </message>
    <message>
        <source>Trong lúc bạn sửa, một người khác đã sửa và lưu dự thảo quyết định này.</source>
        <translation>While you were editing, someone else changed and saved this draft decision.</translation>
    </message>
    <message>
        <source>Tải bản mới: xem thay đổi của họ (các sửa đổi của bạn chưa lưu sẽ mất).
Lưu đè: giữ bản của bạn, thay cho bản họ vừa lưu.</source>
        <translation>Load theirs: see their changes (your unsaved changes are lost).
Save over: keep your version instead of the one they saved.</translation>
    </message>
    <message>
        <source>Tải bản mới</source>
        <translation>Load theirs</translation>
    </message>
    <message>
        <source>Lưu đè bản của tôi</source>
        <translation>Save mine over it</translation>
    </message>
    <message>
        <source>Sửa dự thảo quyết định</source>
        <translation>Edit draft decision</translation>
    </message>
    <message>
        <source> và %1 Tổ khác</source>
        <translation> and %1 other teams</translation>
    </message>
    <message>
        <source>Dự thảo quyết định %1 — %2</source>
        <translation>Draft %1 decision — %2</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (để trống nếu chưa biết)</source>
        <translation>dd/mm/yyyy (blank if not known yet)</translation>
    </message>
    <message>
        <source>Mỗi dòng một căn cứ, bắt đầu bằng &quot;Căn cứ&quot;; dấu ; và . cuối dòng tự thêm khi in.</source>
        <translation>One legal basis per line, starting &quot;Căn cứ&quot;; the ; and . at the line ends are added when printing.</translation>
    </message>
    <message>
        <source>Mỗi dòng một nơi nhận; dòng cuối thường là &quot;Lưu: VT, VHXH&quot;.</source>
        <translation>One recipient per line; the last line is usually &quot;Lưu: VT, VHXH&quot;.</translation>
    </message>
    <message>
        <source>Trích yếu:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Căn cứ (mỗi dòng một căn cứ):</source>
        <translation>Legal bases (one per line):</translation>
    </message>
    <message>
        <source>Đề nghị:</source>
        <translation>Proposed by:</translation>
    </message>
    <message>
        <source>Các điều:</source>
        <translation>Articles:</translation>
    </message>
    <message>
        <source>Nơi nhận (mỗi dòng một nơi):</source>
        <translation>Recipients (one per line):</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>Ký hiệu:</source>
        <translation>Symbol:</translation>
    </message>
    <message>
        <source>Ngày ký dự kiến:</source>
        <translation>Planned signing date:</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Hiện/ẩn bản xem trước (F5: cập nhật ngay)</source>
        <translation>Show/hide the preview (F5: refresh now)</translation>
    </message>
    <message>
        <source>%1 — %2 (như trong dự thảo)</source>
        <translation>%1 — %2 (as in the draft)</translation>
    </message>
    <message>
        <source>Chưa nhập trích yếu (&quot;Về việc …&quot;).</source>
        <translation>The subject (&quot;Về việc …&quot;) is missing.</translation>
    </message>
    <message>
        <source>Chưa nhập ký hiệu (ví dụ QĐ-UBND).</source>
        <translation>The symbol (e.g. QĐ-UBND) is missing.</translation>
    </message>
    <message>
        <source>Quyết định cần ít nhất một điều.</source>
        <translation>A decision needs at least one article.</translation>
    </message>
    <message>
        <source>Dự thảo này vừa bị người khác xóa; không lưu được. Nội dung bạn đang sửa vẫn còn trên màn hình để sao chép.</source>
        <translation>Someone else just deleted this draft; it cannot be saved. What you were editing is still on screen to copy.</translation>
    </message>
    <message>
        <source>Đã tải bản mới nhất do người khác lưu.</source>
        <translation>Loaded the latest version, saved by someone else.</translation>
    </message>
    <message>
        <source>Bỏ thay đổi</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Các thay đổi trong dự thảo chưa được lưu. Đóng và bỏ các thay đổi?</source>
        <translation>The changes to the draft are not saved. Close and discard them?</translation>
    </message>
    <message>
        <source>Cần sửa trước khi ban hành:
%1</source>
        <translation>To fix before issuing:
%1</translation>
    </message>
    <message>
        <source>Ngày ký dự kiến chưa đúng dạng dd/mm/yyyy.</source>
        <translation>The planned signing date is not in the form dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Không dựng được bản xem trước: %1</source>
        <translation>Could not build the preview: %1</translation>
    </message>
    <message>
        <source>Dự thảo quyết định</source>
        <translation>Draft decision</translation>
    </message>
</context>
<context>
    <name>DecisionMenu</name>
    <message>
        <source>&amp;Quyết định</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <source>Lập quyết định cho các Tổ trong xã…</source>
        <translation>Draft a decision for the commune&apos;s teams…</translation>
    </message>
    <message>
        <source>In quyết định của các Tổ trong xã…</source>
        <translation>Print the decisions of the commune&apos;s teams…</translation>
    </message>
    <message>
        <source>Mỗi Tổ một tệp PDF trong một thư mục, hoặc tất cả trong một tệp PDF</source>
        <translation>One PDF per team in a folder, or all in one PDF</translation>
    </message>
    <message>
        <source>Người ký và căn cứ quyết định…</source>
        <translation>Signers and legal bases…</translation>
    </message>
    <message>
        <source>Chủ tịch, Phó Chủ tịch và Kế hoạch của tỉnh: của xã đang chọn, hoặc của cả cơ quan</source>
        <translation>Chairman, Vice-Chairmen and the province plan: for the selected commune, or for the whole office</translation>
    </message>
    <message>
        <source>cả cơ quan</source>
        <translation>the whole office</translation>
    </message>
    <message>
        <source>Chọn một xã/phường (hoặc một thôn của xã) ở cây bên trái trước.</source>
        <translation>First choose a commune (or one of its villages) in the tree on the left.</translation>
    </message>
    <message>
        <source>Lập quyết định cho các Tổ trong xã</source>
        <translation>Draft a decision for the commune&apos;s teams</translation>
    </message>
    <message>
        <source>In quyết định của các Tổ trong xã</source>
        <translation>Print the decisions of the commune&apos;s teams</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày ký</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Số Tổ</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>%1 (dự kiến)</source>
        <translation>%1 (planned)</translation>
    </message>
    <message>
        <source>Dự thảo: sửa được; in ra có dấu DỰ THẢO. Ban hành để cấp số.</source>
        <translation>Draft: editable; prints with the DỰ THẢO mark. Issue it to give it a number.</translation>
    </message>
    <message>
        <source>Đã được một quyết định sau thay thế.</source>
        <translation>Superseded by a later decision.</translation>
    </message>
    <message>
        <source>Đã ban hành: không sửa được; bản in là tệp đã lưu khi ban hành.</source>
        <translation>Issued: cannot be edited; prints the file stored when it was issued.</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>Quyết định</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Lập quyết định…</source>
        <translation>New decision…</translation>
    </message>
    <message>
        <source>Sửa dự thảo…</source>
        <translation>Edit draft…</translation>
    </message>
    <message>
        <source>Ban hành…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>Xem trước và in…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>More</translation>
    </message>
    <message>
        <source>In ngay…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Mở bằng trình xem PDF</source>
        <translation>Open in the PDF viewer</translation>
    </message>
    <message>
        <source>Xóa dự thảo…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <source>Lập dự thảo quyết định thành lập, kiện toàn hoặc giải thể Tổ này (có thể chọn thêm các Tổ khác trong xã)</source>
        <translation>Draft a decision establishing, amending or dissolving this team (other teams of the commune can be added)</translation>
    </message>
    <message>
        <source>Xem từng trang như khi in, rồi in</source>
        <translation>See every page as it will print, then print</translation>
    </message>
    <message>
        <source>Tổ chưa có quyết định nào: bấm &quot;Lập quyết định…&quot; để lập dự thảo.</source>
        <translation>The team has no decision yet: click &quot;New decision…&quot; to draft one.</translation>
    </message>
    <message>
        <source>%1 quyết định, %2 dự thảo chưa ban hành</source>
        <translation>Decisions: %1; drafts not issued: %2</translation>
    </message>
    <message>
        <source>Lập dự thảo quyết định</source>
        <translation>Draft a decision</translation>
    </message>
    <message>
        <source>Tổ đang có dự thảo chưa ban hành. Vẫn lập thêm một dự thảo mới?</source>
        <translation>The team already has a draft that is not issued. Draft another one?</translation>
    </message>
    <message>
        <source>Lập thêm</source>
        <translation>Draft another</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Có thể mở dữ liệu mẫu để dùng thử trước khi nhập dữ liệu thật.</source>
        <translation>You can open sample data to try the app before entering real data.</translation>
    </message>
    <message>
        <source>Mở dữ liệu mẫu trong một cơ sở dữ liệu riêng</source>
        <translation>Open sample data in a separate database</translation>
    </message>
    <message>
        <source>Một huyện cũ (vài xã, vài giây)</source>
        <translation>One former district (a few communes, a few seconds)</translation>
    </message>
    <message>
        <source>Một tỉnh (khoảng một phút)</source>
        <translation>One province (about a minute)</translation>
    </message>
    <message>
        <source>Quy mô:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu (tên người, số điện thoại và quyết định hư cấu) nằm trong tệp riêng &quot;du-lieu-mau.db&quot; và mở trong một cửa sổ riêng có chữ DỮ LIỆU MẪU trên thanh tiêu đề. Dữ liệu của cơ quan không bị trộn lẫn: đóng cửa sổ đó là xong.</source>
        <translation>Sample data (made-up people, phone numbers and decisions) lives in a separate file &quot;du-lieu-mau.db&quot; and opens in its own window marked SAMPLE DATA in the title bar. The office&apos;s data is never mixed with it: close that window when done.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Đã chuyển sang đơn vị hành chính mới</source>
        <translation>Moved to the new administrative units</translation>
    </message>
    <message>
        <source>Xuất bảng so sánh trước/sau…</source>
        <translation>Export the before/after comparison…</translation>
    </message>
    <message>
        <source>Đã chuyển %1 thôn của %2 xã cũ sang %3 xã mới.</source>
        <translation>Moved %1 villages of %2 old communes to %3 new communes.</translation>
    </message>
    <message>
        <source>Tổ: %1 trước, %2 sau.</source>
        <translation>Teams: %1 before, %2 after.</translation>
    </message>
    <message>
        <source>Lượt thành viên: %1 trước, %2 sau.</source>
        <translation>Memberships: %1 before, %2 after.</translation>
    </message>
    <message>
        <source>Quyết định: %1 trước, %2 sau.</source>
        <translation>Decisions: %1 before, %2 after.</translation>
    </message>
    <message>
        <source>Bản sao lưu trước khi sắp xếp: %1</source>
        <translation>Backup taken before the reform: %1</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>Kết thúc tư cách thành viên</source>
        <translation>End membership</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <source>%1 (%2) thôi tham gia tổ từ ngày dưới đây. Lịch sử vẫn được giữ.</source>
        <translation>%1 (%2) leaves the team from the date below. The history is kept.</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Ví dụ: chuyển công tác, xin thôi</source>
        <translation>For example: transferred, resigned</translation>
    </message>
    <message>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Enter the date as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>ExcelMenu</name>
    <message>
        <source>Xuất danh sách thành viên…</source>
        <translation>Export member roster…</translation>
    </message>
    <message>
        <source>Xuất báo cáo thống kê…</source>
        <translation>Export statistics report…</translation>
    </message>
    <message>
        <source>Xuất kết quả tập huấn…</source>
        <translation>Export training results…</translation>
    </message>
    <message>
        <source>Tải mẫu nhập liệu…</source>
        <translation>Download import template…</translation>
    </message>
    <message>
        <source>Nhập danh sách từ Excel…</source>
        <translation>Import roster from Excel…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Xuất danh sách thành viên</source>
        <translation>Export member roster</translation>
    </message>
    <message>
        <source>Xuất báo cáo thống kê</source>
        <translation>Export statistics report</translation>
    </message>
    <message>
        <source>Xuất kết quả tập huấn</source>
        <translation>Export training results</translation>
    </message>
    <message>
        <source>Tải mẫu nhập liệu</source>
        <translation>Download import template</translation>
    </message>
    <message>
        <source>Toàn bộ phạm vi %1</source>
        <translation>Whole scope of %1</translation>
    </message>
    <message>
        <source>Toàn bộ dữ liệu</source>
        <translation>All data</translation>
    </message>
    <message>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Kèm số CCCD</source>
        <translation>Include citizen ID numbers</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (để trống: hôm nay)</source>
        <translation>dd/mm/yyyy (blank: today)</translation>
    </message>
    <message>
        <source>Theo khóa tập huấn (mỗi khóa một trang)</source>
        <translation>By course (one sheet per course)</translation>
    </message>
    <message>
        <source>Theo từng thành viên</source>
        <translation>By member</translation>
    </message>
    <message>
        <source>Chỉ xuất được khi cơ quan bật cài đặt xuất số CCCD và tài khoản được xem số CCCD.</source>
        <translation>Available only when the office allows exporting citizen IDs and this account may see them.</translation>
    </message>
    <message>
        <source>Bật cài đặt xuất số CCCD cho cơ quan</source>
        <translation>Turn on citizen ID export for the office</translation>
    </message>
    <message>
        <source>Tính đến ngày:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>Cách trình bày:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Lưu vào tệp:</source>
        <translation>Save to file:</translation>
    </message>
    <message>
        <source>Xuất</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Tải mẫu</source>
        <translation>Save template</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Chọn tệp để lưu.</source>
        <translation>Choose a file to save to.</translation>
    </message>
    <message>
        <source>Thư mục %1 không có.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Ngày &quot;%1&quot; không hợp lệ; nhập theo dạng dd/mm/yyyy.</source>
        <translation>The date &quot;%1&quot; is not valid; type it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Đã ghi danh sách %1 thành viên vào tệp:</source>
        <translation>The roster of %1 members was written to:</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo %1 xã/phường vào tệp:</source>
        <translation>The report on %1 communes was written to:</translation>
    </message>
    <message>
        <source>Đã ghi %1 dòng kết quả tập huấn vào tệp:</source>
        <translation>%1 training results were written to:</translation>
    </message>
    <message>
        <source>Đã ghi mẫu nhập liệu vào tệp:</source>
        <translation>The import template was written to:</translation>
    </message>
    <message>
        <source>Mở thư mục chứa tệp?</source>
        <translation>Open the folder holding the file?</translation>
    </message>
    <message>
        <source>Đã xuất xong</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Đã dừng</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Đã dừng xuất; không có tệp nào được tạo.</source>
        <translation>The export was stopped; no file was created.</translation>
    </message>
    <message>
        <source>Không xuất được tệp</source>
        <translation>The file could not be exported</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Thiết lập Sổ Tổ CNSCĐ</source>
        <translation>Set up Sổ Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Đang nạp danh mục đơn vị hành chính…</source>
        <translation>Loading the administrative-unit catalogue…</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating demo data…</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Không mở được cửa sổ dữ liệu mẫu. Tệp: %1</source>
        <translation>Could not open the sample data window. File: %1</translation>
    </message>
    <message>
        <source>Không tạo được dữ liệu mẫu</source>
        <translation>Could not create demo data</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Bỏ những gì vừa nhập và đóng cửa sổ này?</source>
        <translation>Discard what you typed and close this window?</translation>
    </message>
    <message>
        <source>Bỏ, không lưu</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Enter the date as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy, hoặc chỉ năm.</source>
        <translation>Enter the date as dd/mm/yyyy, or just the year.</translation>
    </message>
    <message>
        <source>Đã tải lại dữ liệu mới nhất. Hãy nhập lại thay đổi của bạn rồi bấm Lưu.</source>
        <translation>The latest data has been reloaded. Enter your change again and press Save.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>vai trò</source>
        <translation>role</translation>
    </message>
    <message>
        <source>Nhập danh sách từ Excel</source>
        <translation>Import roster from Excel</translation>
    </message>
    <message>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Chọn tệp .xlsx, .xls, .ods hoặc kéo thả tệp vào đây</source>
        <translation>Choose an .xlsx, .xls or .ods file, or drop it here</translation>
    </message>
    <message>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Nhập vào:</source>
        <translation>Import into:</translation>
    </message>
    <message>
        <source>Thay cả danh sách (ai không có trong tệp thì thôi tham gia Tổ)</source>
        <translation>Replace the whole roster (members missing from the file leave their team)</translation>
    </message>
    <message>
        <source>Kiểm tra lại</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Cột “Đã tập huấn” ghi nhận hoàn thành khóa:</source>
        <translation>The “Đã tập huấn” column records completion of:</translation>
    </message>
    <message>
        <source>Không ghi nhận (trừ khóa có tên ghi trong ô)</source>
        <translation>Nothing (except a course named in the cell)</translation>
    </message>
    <message>
        <source>Chọn tệp danh sách để kiểm tra.</source>
        <translation>Choose a roster file to check.</translation>
    </message>
    <message>
        <source>Chỉ dòng có lỗi</source>
        <translation>Only rows with errors</translation>
    </message>
    <message>
        <source>Bỏ qua các dòng không nhận, chỉ ghi các dòng hợp lệ</source>
        <translation>Skip the refused rows and write only the valid ones</translation>
    </message>
    <message>
        <source>Tải báo cáo lỗi…</source>
        <translation>Download error report…</translation>
    </message>
    <message>
        <source>Ghi vào dữ liệu</source>
        <translation>Write to the database</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Theo xã, thôn ghi trong tệp</source>
        <translation>As the file names communes and villages</translation>
    </message>
    <message>
        <source>Đang kiểm tra…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Đang kiểm tra tệp…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Không nhập được tệp này.</source>
        <translation>This file cannot be imported.</translation>
    </message>
    <message>
        <source>Hãy sửa các dòng không nhận trong tệp rồi kiểm tra lại (hoặc chọn bỏ qua chúng).</source>
        <translation>Correct the refused rows in the file and check again (or choose to skip them).</translation>
    </message>
    <message>
        <source>Đã dừng; chưa ghi gì.</source>
        <translation>Stopped; nothing was written.</translation>
    </message>
    <message>
        <source>Tải báo cáo lỗi</source>
        <translation>Download error report</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo</source>
        <translation>Report written</translation>
    </message>
    <message>
        <source>Đã ghi báo cáo lỗi vào tệp:
%1

Mở thư mục chứa tệp?</source>
        <translation>The error report was written to:
%1

Open the folder holding the file?</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Đang ghi báo cáo lỗi…</source>
        <translation>Writing the error report…</translation>
    </message>
    <message>
        <source>Ghi các thay đổi này vào cơ sở dữ liệu? Tất cả được ghi cùng lúc; nếu có lỗi thì không ghi gì.</source>
        <translation>Write these changes to the database? Everything is written at once; if anything fails, nothing is written.</translation>
    </message>
    <message>
        <source>Ghi</source>
        <translation>Write</translation>
    </message>
    <message>
        <source>Đang ghi danh sách…</source>
        <translation>Writing the roster…</translation>
    </message>
    <message>
        <source>Chưa ghi gì: dữ liệu vừa thay đổi và có dòng không nhận được. Hãy xem lại bảng kiểm tra.</source>
        <translation>Nothing was written: the data changed in the meantime and some rows are now refused. Review the check table.</translation>
    </message>
    <message>
        <source>Đã nhập xong</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Đã ghi vào dữ liệu.</source>
        <translation>Written to the database.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Trang tính</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Thôn/Tổ dân phố</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Lỗi, cảnh báo</source>
        <translation>Errors, warnings</translation>
    </message>
    <message>
        <source>Không nhận</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Cập nhật</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Thôi tham gia</source>
        <translation>Left the team</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Ban hành quyết định</source>
        <translation>Issue the decision</translation>
    </message>
    <message>
        <source>Ban hành…</source>
        <translation>Issue…</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>(chưa có người ký)</source>
        <translation>(no signer yet)</translation>
    </message>
    <message>
        <source>Ngày ký:</source>
        <translation>Signed on:</translation>
    </message>
    <message>
        <source>Số (do văn thư cấp):</source>
        <translation>Number (given by the records clerk):</translation>
    </message>
    <message>
        <source>Sẽ in:</source>
        <translation>Will print:</translation>
    </message>
    <message>
        <source>Văn thư đã cấp số này (xác nhận số không theo thứ tự ngày)</source>
        <translation>The records office gave this number (confirm a number out of date order)</translation>
    </message>
    <message>
        <source>Sau khi ban hành, quyết định được cấp số, danh sách thành viên được chốt và tệp PDF được lưu lại: không sửa được nữa. Muốn thay đổi, lập quyết định kiện toàn mới.</source>
        <translation>Once issued, the decision gets its number, the member list is frozen and the PDF is stored: it can no longer be edited. To change it, draft a new amendment decision.</translation>
    </message>
    <message>
        <source>để trống: số tiếp theo (%1)</source>
        <translation>blank: the next number (%1)</translation>
    </message>
    <message>
        <source>để trống: số tiếp theo</source>
        <translation>blank: the next number</translation>
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
        <translation>Cannot be issued yet:
%1</translation>
    </message>
    <message>
        <source>Nhập ngày ký theo dạng dd/mm/yyyy.</source>
        <translation>Enter the signing date as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Ngày ký %1 quá xa trong tương lai.</source>
        <translation>The signing date %1 is too far in the future.</translation>
    </message>
    <message>
        <source>Ban hành quyết định số %1 ngày %2?

Sau khi ban hành không sửa được quyết định này nữa.</source>
        <translation>Issue decision No. %1 of %2?

Once issued, this decision can no longer be edited.</translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Dự thảo vừa được người khác sửa sau khi bạn mở hộp thoại này, nên chưa ban hành. Hãy xem lại bản mới rồi ban hành lại.</source>
        <translation>Someone else changed the draft after you opened this dialog, so it was not issued. Look at the new version, then issue it again.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sổ Tổ CNSCĐ</source>
        <translation>Sổ Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này có nhiều người dùng. Hãy đăng nhập bằng tài khoản được quản trị viên cấp.</source>
        <translation>This database has several users. Sign in with the account your administrator gave you.</translation>
    </message>
    <message>
        <source>ví dụ: canbo.hopthanh</source>
        <translation>for example: canbo.hopthanh</translation>
    </message>
    <message>
        <source>Tên đăng nhập:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Nhập tên đăng nhập và mật khẩu.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Tài khoản %1 đang tạm khoá đến %2 ngày %3 vì nhập sai mật khẩu nhiều lần. Hãy thử lại sau thời điểm đó hoặc nhờ quản trị viên mở khoá.</source>
        <translation>Account %1 is locked until %2 on %3 after too many wrong passwords. Try again after that time or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu. Lưu ý: sau nhiều lần nhập sai, tài khoản sẽ bị tạm khoá.</source>
        <translation>Wrong user name or password. Note: after several wrong attempts the account is locked for a while.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cây đơn vị hành chính</source>
        <translation>Administrative unit tree</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>● thôn đã có Tổ CNSCĐ   – chưa có tổ</source>
        <translation>● village with a team   – no team</translation>
    </message>
    <message>
        <source>Sổ Tổ CNSCĐ</source>
        <translation>Sổ Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>DỮ LIỆU MẪU (hư cấu, chỉ để dùng thử)</source>
        <translation>SAMPLE DATA (made up, for trying only)</translation>
    </message>
    <message>
        <source>Chưa thiết lập đơn vị sử dụng: chọn Công cụ → Thiết lập đơn vị.</source>
        <translation>No office set up yet: choose Tools → Office setup.</translation>
    </message>
    <message>
        <source>Đơn vị sử dụng: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Công cụ</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>Thiết lập đơn vị sử dụng…</source>
        <translation>Office setup…</translation>
    </message>
    <message>
        <source>Mở dữ liệu mẫu để dùng thử…</source>
        <translation>Open sample data to try…</translation>
    </message>
    <message>
        <source>Mã %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>đang đếm thôn và tổ…</source>
        <translation>counting villages and teams…</translation>
    </message>
    <message>
        <source>%2 thôn/tổ dân phố · %3 tổ CNSCĐ</source>
        <translation>%2 villages · %3 teams</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Mở dữ liệu mẫu (tên người và số điện thoại hư cấu, khoảng 18 xã) trong một cửa sổ riêng? Dữ liệu mẫu nằm trong tệp riêng, không trộn vào dữ liệu của cơ quan.</source>
        <translation>Open sample data (made-up people and phone numbers, about 18 communes) in a separate window? It lives in its own file, never mixed with the office&apos;s data.</translation>
    </message>
    <message>
        <source>Mở dữ liệu mẫu</source>
        <translation>Open sample data</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Giới thiệu</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Chọn một đơn vị ở cây bên trái</source>
        <translation>Choose a unit in the tree</translation>
    </message>
    <message>
        <source>Đã có Tổ CNSCĐ</source>
        <translation>Has a team</translation>
    </message>
    <message>
        <source>Chưa có Tổ CNSCĐ</source>
        <translation>No team yet</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới sẽ được dùng từ lần mở phần mềm sau.</source>
        <translation>The new language takes effect the next time the app starts.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Sửa thông tin thành viên</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <source>Thêm thành viên</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Vai trò trong tổ:</source>
        <translation>Role in the team:</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Thị Hoa</source>
        <translation>For example: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Giới tính:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Dân tộc:</source>
        <translation>Ethnicity:</translation>
    </message>
    <message>
        <source>Ví dụ: 0912345678</source>
        <translation>For example: 0912345678</translation>
    </message>
    <message>
        <source>Số điện thoại:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>12 chữ số (chỉ nhập nếu được yêu cầu)</source>
        <translation>12 digits (only if required)</translation>
    </message>
    <message>
        <source>Số CCCD:</source>
        <translation>Citizen ID:</translation>
    </message>
    <message>
        <source>Ví dụ: Trưởng thôn, Bí thư chi đoàn</source>
        <translation>For example: Village head, Youth Union secretary</translation>
    </message>
    <message>
        <source>Chức vụ:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Ví dụ: Đoàn thanh niên, Công an xã</source>
        <translation>For example: Youth Union, commune police</translation>
    </message>
    <message>
        <source>Đơn vị công tác:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Là đoàn viên</source>
        <translation>Is a Youth Union member</translation>
    </message>
    <message>
        <source>Đoàn viên:</source>
        <translation>Youth Union:</translation>
    </message>
    <message>
        <source>Tham gia tổ từ ngày:</source>
        <translation>Member since:</translation>
    </message>
    <message>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Lưu và &amp;thêm người khác</source>
        <translation>Save and &amp;add another</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S hoặc Ctrl+Shift+Enter</source>
        <translation>Ctrl+Shift+S or Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <source>Đã lưu %1. Nhập người tiếp theo.</source>
        <translation>Saved %1. Enter the next person.</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Tập huấn</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Đã tập huấn</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Chưa</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Lý do kết thúc: %1</source>
        <translation>Reason for leaving: %1</translation>
    </message>
</context>
<context>
    <name>MembershipsModel</name>
    <message>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Thôn, xã</source>
        <translation>Village, commune</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>MergeVillagesDialog</name>
    <message>
        <source>Sáp nhập thôn/tổ dân phố</source>
        <translation>Merge villages</translation>
    </message>
    <message>
        <source>Sáp nhập</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Sáp nhập: %1</source>
        <translation>Merging: %1</translation>
    </message>
    <message>
        <source>Tên thôn mới:</source>
        <translation>New village name:</translation>
    </message>
    <message>
        <source>Có hiệu lực từ ngày:</source>
        <translation>In force from:</translation>
    </message>
    <message>
        <source>Giữ tổ của %1</source>
        <translation>Keep the team of %1</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Các tổ còn lại được giải thể; thành viên của họ được chuyển sang tổ giữ lại.</source>
        <translation>The other teams are dissolved; their members move to the team that is kept.</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Enter the date as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>NewDecisionDialog</name>
    <message>
        <source>Lập dự thảo quyết định</source>
        <translation>Draft a decision</translation>
    </message>
    <message>
        <source>Lập dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Các Tổ CNSCĐ của %1</source>
        <translation>Community digital technology teams of %1</translation>
    </message>
    <message>
        <source>Thành lập Tổ</source>
        <translation>Establish the team</translation>
    </message>
    <message>
        <source>Kiện toàn Tổ (thành phần mới)</source>
        <translation>Amend the team (new composition)</translation>
    </message>
    <message>
        <source>Giải thể Tổ</source>
        <translation>Dissolve the team</translation>
    </message>
    <message>
        <source>Loại quyết định:</source>
        <translation>Kind of decision:</translation>
    </message>
    <message>
        <source>Các Tổ trong quyết định:</source>
        <translation>Teams in the decision:</translation>
    </message>
    <message>
        <source>Người ký:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy (để trống nếu chưa biết)</source>
        <translation>dd/mm/yyyy (blank if not known yet)</translation>
    </message>
    <message>
        <source>Ngày ký dự kiến:</source>
        <translation>Planned signing date:</translation>
    </message>
    <message>
        <source>Căn cứ, điều khoản và nơi nhận được điền sẵn theo mẫu; sửa được trong bước sau. Chọn nhiều Tổ để lập một quyết định chung cho các Tổ của xã.</source>
        <translation>Legal bases, articles and recipients are filled in from the template and can be edited in the next step. Choose several teams for one decision covering the commune&apos;s teams.</translation>
    </message>
    <message>
        <source>Chọn ít nhất một Tổ.</source>
        <translation>Choose at least one team.</translation>
    </message>
</context>
<context>
    <name>OfficialsPage</name>
    <message>
        <source>Lãnh đạo ký quyết định</source>
        <translation>Signing officials</translation>
    </message>
    <message>
        <source>Họ tên và chức danh in ở phần chữ ký; số ký hiệu văn bản dùng khi cấp số quyết định.</source>
        <translation>Names and titles printed in the signature block; the document symbol used when numbering decisions.</translation>
    </message>
    <message>
        <source>Tên cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>For example: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Chủ tịch</source>
        <translation>Chairman</translation>
    </message>
    <message>
        <source>Chủ tịch (họ và tên):</source>
        <translation>Chairman (full name):</translation>
    </message>
    <message>
        <source>Chức danh:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Phó Chủ tịch</source>
        <translation>Vice-Chairman</translation>
    </message>
    <message>
        <source>Phó Chủ tịch %1 (họ và tên):</source>
        <translation>Vice-Chairman %1 (full name):</translation>
    </message>
    <message>
        <source>Ký hiệu quyết định:</source>
        <translation>Decision symbol:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>thôn/tổ dân phố</source>
        <translation>villages</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ đang hoạt động</source>
        <translation>active teams</translation>
    </message>
    <message>
        <source>thôn có tổ</source>
        <translation>villages with a team</translation>
    </message>
    <message>
        <source>thành viên</source>
        <translation>members</translation>
    </message>
    <message>
        <source>thành viên đã tập huấn</source>
        <translation>members trained</translation>
    </message>
    <message>
        <source>tỷ lệ đã tập huấn</source>
        <translation>share trained</translation>
    </message>
    <message>
        <source>tổ</source>
        <translation>teams</translation>
    </message>
    <message>
        <source>Độ phủ và tập huấn</source>
        <translation>Coverage and training</translation>
    </message>
    <message>
        <source>Thành viên theo vai trò</source>
        <translation>Members by role</translation>
    </message>
    <message>
        <source>Theo đơn vị công tác</source>
        <translation>By organisation</translation>
    </message>
    <message>
        <source>Tổ thành lập theo năm</source>
        <translation>Teams by year established</translation>
    </message>
    <message>
        <source>Theo xã/phường</source>
        <translation>By commune</translation>
    </message>
    <message>
        <source>Chọn một đơn vị ở cây bên trái để xem số liệu.</source>
        <translation>Choose a unit in the tree to see its figures.</translation>
    </message>
    <message>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lưu PDF một trang…</source>
        <translation>Save one-page PDF…</translation>
    </message>
    <message>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Báo cáo thống kê gửi cấp trên, cùng số liệu với trang này</source>
        <translation>The statistics report sent upward, with the same figures as this page</translation>
    </message>
    <message>
        <source>Xem đơn vị này</source>
        <translation>Show this unit</translation>
    </message>
    <message>
        <source>Mở trang tổ</source>
        <translation>Open the team&apos;s page</translation>
    </message>
    <message>
        <source>Tổng quan: %1 (ngày %2)</source>
        <translation>Overview: %1 (%2)</translation>
    </message>
    <message>
        <source>… và %1 dòng nữa (xem đủ trong tệp Excel: nút Xuất Excel).</source>
        <translation>… and %1 more rows (all of them in the Excel file: the Export Excel button).</translation>
    </message>
    <message>
        <source>Lưu tổng quan thành PDF</source>
        <translation>Save the overview as PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>và %1 tổ dự kiến</source>
        <translation>and %1 planned teams</translation>
    </message>
    <message>
        <source>%1 nữ · %2 đoàn viên</source>
        <translation>%1 women · %2 Youth Union members</translation>
    </message>
    <message>
        <source>Theo xã/phường (%1)</source>
        <translation>By commune (%1)</translation>
    </message>
    <message>
        <source>Xã này chưa có thôn/tổ dân phố nào. Mở trang Thôn/Tổ dân phố để thêm (có thể dán danh sách từ Excel).</source>
        <translation>This commune has no villages yet. Open the Villages page to add them (you can paste a list from Excel).</translation>
    </message>
    <message>
        <source>Theo thôn/tổ dân phố (%1; %2 chưa có tổ đang hoạt động)</source>
        <translation>By village (%1; %2 without an active team)</translation>
    </message>
    <message>
        <source>Tỷ lệ thành viên đã tập huấn theo thôn (thấp nhất trước)</source>
        <translation>Share of members trained by village (lowest first)</translation>
    </message>
    <message>
        <source>Độ phủ và tập huấn theo xã (độ phủ thấp nhất trước)</source>
        <translation>Coverage and training by commune (lowest coverage first)</translation>
    </message>
    <message>
        <source>Thành viên theo vai trò trong tổ</source>
        <translation>Members by role in the team</translation>
    </message>
    <message>
        <source>Thành viên theo đơn vị công tác (nhiều nhất trước)</source>
        <translation>Members by organisation (largest first)</translation>
    </message>
    <message>
        <source>Khác / chưa ghi</source>
        <translation>Other / not recorded</translation>
    </message>
    <message>
        <source>Số tổ (chưa giải thể) theo năm thành lập</source>
        <translation>Teams (not dissolved) by year established</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Không tải được dữ liệu của trang này: %1</source>
        <translation>Could not load this page: %1</translation>
    </message>
</context>
<context>
    <name>PaperPage</name>
    <message>
        <source>Quyết định kiện toàn của các xã mới</source>
        <translation>Amendment (kiện toàn) Decisions of the new communes</translation>
    </message>
    <message>
        <source>Chủ tịch UBND xã mới ký quyết định kiện toàn các Tổ đã chuyển về, căn cứ Nghị quyết sắp xếp và các quyết định của xã cũ.</source>
        <translation>The new commune&apos;s Chairman signs the kiện toàn of the teams that moved in, citing the reform Resolution and the old communes&apos; Decisions.</translation>
    </message>
    <message>
        <source>Nghị quyết số:</source>
        <translation>Resolution no.:</translation>
    </message>
    <message>
        <source>ví dụ 1672/NQ-UBTVQH15</source>
        <translation>e.g. 1672/NQ-UBTVQH15</translation>
    </message>
    <message>
        <source>ngày (dd/mm/yyyy):</source>
        <translation>of (dd/mm/yyyy):</translation>
    </message>
    <message>
        <source>Ngày ký quyết định:</source>
        <translation>Signing date:</translation>
    </message>
    <message>
        <source>Mỗi Tổ một quyết định (mặc định: mỗi xã một quyết định gồm các Tổ của xã)</source>
        <translation>One Decision per team (default: one per commune listing its teams)</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Xã mới</source>
        <translation>New commune</translation>
    </message>
    <message>
        <source>Chủ tịch UBND (họ tên)</source>
        <translation>Chairman (full name)</translation>
    </message>
    <message>
        <source>Tổ cần kiện toàn</source>
        <translation>Teams to re-issue</translation>
    </message>
    <message>
        <source>Quyết định xã cũ được trích dẫn</source>
        <translation>Old communes&apos; Decisions cited</translation>
    </message>
    <message>
        <source>Thôn trùng tên</source>
        <translation>Villages with the same name</translation>
    </message>
    <message>
        <source>Thêm tên xã cũ vào thôn trùng tên</source>
        <translation>Add the old commune&apos;s name to same-named villages</translation>
    </message>
    <message>
        <source>Ban hành và lưu PDF…</source>
        <translation>Issue and save the PDFs…</translation>
    </message>
    <message>
        <source>%1 xã mới, %2 Tổ cần kiện toàn.</source>
        <translation>%1 new communes, %2 teams to re-issue.</translation>
    </message>
    <message>
        <source>Đổi tên các thôn trùng tên trong cùng một xã mới bằng cách thêm tên xã cũ (ví dụ &quot;Thôn 1&quot; của xã Bắc Xa thành &quot;Thôn 1 Bắc Xa&quot;)? Nếu các thôn đó đã được sáp nhập hoặc có tên mới theo Nghị quyết, hãy sửa ở trang Thôn/Tổ dân phố thay vì dùng nút này.</source>
        <translation>Rename the villages that share a name in one new commune by adding their old commune&apos;s name (&quot;Thôn 1&quot; of xã Bắc Xa becomes &quot;Thôn 1 Bắc Xa&quot;)? If those villages were merged or renamed by a Resolution, change them on the Villages page instead.</translation>
    </message>
    <message>
        <source>Đổi tên</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Đã đổi tên %1 thôn.</source>
        <translation>Renamed %1 villages.</translation>
    </message>
    <message>
        <source>Hãy nhập ngày của Nghị quyết và ngày ký theo dạng dd/mm/yyyy, ví dụ 15/08/2025.</source>
        <translation>Enter the Resolution date and the signing date as dd/mm/yyyy, e.g. 15/08/2025.</translation>
    </message>
    <message>
        <source>Hãy nhập họ tên Chủ tịch UBND của: %1.</source>
        <translation>Enter the Chairman&apos;s name of: %1.</translation>
    </message>
    <message>
        <source>Chọn thư mục lưu các quyết định (PDF)</source>
        <translation>Choose the folder for the Decisions (PDF)</translation>
    </message>
    <message>
        <source>Đã ban hành %1 quyết định kiện toàn; các tệp PDF ở %2</source>
        <translation>Issued %1 kiện toàn Decisions; the PDFs are in %2</translation>
    </message>
    <message>
        <source>Đang ban hành quyết định kiện toàn…</source>
        <translation>Issuing the kiện toàn Decisions…</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>ít nhất %1 ký tự</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <source>Mật khẩu mới:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu mới:</source>
        <translation>Repeat the new password:</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu mới không giống nhau.</source>
        <translation>The two new passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>PasteMembersDialog</name>
    <message>
        <source>Dán thành viên từ Excel</source>
        <translation>Paste members from Excel</translation>
    </message>
    <message>
        <source>Chép các dòng trong Excel (Ctrl+C) rồi dán vào ô dưới (Ctrl+V). Dòng đầu có thể là tiêu đề cột (Họ và tên, Vai trò, Ngày sinh, Giới tính, Dân tộc, Số điện thoại, Chức vụ, Đơn vị công tác); nếu không, các cột được đọc theo thứ tự đó.</source>
        <translation>Copy the rows in Excel (Ctrl+C) and paste them below (Ctrl+V). The first row may hold column headings (Họ và tên, Vai trò, Ngày sinh, Giới tính, Dân tộc, Số điện thoại, Chức vụ, Đơn vị công tác); otherwise the columns are read in that order.</translation>
    </message>
    <message>
        <source>Thêm các dòng hợp lệ</source>
        <translation>Add the valid rows</translation>
    </message>
    <message>
        <source>(bỏ qua)</source>
        <translation>(skipped)</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cột đọc được: %1</source>
        <translation>Columns read: %1</translation>
    </message>
    <message>
        <source>%1 dòng hợp lệ, %2 dòng có lỗi (sửa trong Excel rồi dán lại, hoặc bỏ qua).</source>
        <translation>%1 valid rows, %2 rows with errors (fix them in Excel and paste again, or skip them).</translation>
    </message>
    <message>
        <source>Thêm %1 thành viên</source>
        <translation>Add %1 members</translation>
    </message>
    <message>
        <source>Đang thêm thành viên…</source>
        <translation>Adding members…</translation>
    </message>
</context>
<context>
    <name>PasteVillagesDialog</name>
    <message>
        <source>Dán danh sách thôn/tổ dân phố</source>
        <translation>Paste a list of villages</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Mỗi dòng một tên (chép cột tên từ Excel rồi dán vào đây).
Dòng trống và tên đã có được bỏ qua.</source>
        <translation>One name per line (copy the name column in Excel and paste it here).
Blank lines and existing names are skipped.</translation>
    </message>
    <message>
        <source>Danh sách:</source>
        <translation>List:</translation>
    </message>
    <message>
        <source>%1 dòng có tên</source>
        <translation>%1 lines with a name</translation>
    </message>
</context>
<context>
    <name>PastedRowsModel</name>
    <message>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
</context>
<context>
    <name>PdfPreviewPane</name>
    <message>
        <source>Xem trước khi in…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>Xem trước</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>%1 trang · bản dự thảo, có dấu DỰ THẢO</source>
        <translation>%1 pages · draft, marked DỰ THẢO</translation>
    </message>
    <message>
        <source>Đang cập nhật…</source>
        <translation>Updating…</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Tham gia Tổ CNSCĐ</source>
        <translation>Team memberships</translation>
    </message>
    <message>
        <source>Quá trình tập huấn</source>
        <translation>Training history</translation>
    </message>
    <message>
        <source>Chưa tham gia lớp tập huấn nào.</source>
        <translation>Has not attended any course.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Xếp thôn của các xã bị chia tách</source>
        <translation>Place the villages of split communes</translation>
    </message>
    <message>
        <source>Xã cũ bị chia cho nhiều xã mới: chọn xã mới cho từng thôn theo Nghị quyết sắp xếp. Chọn nhiều thôn cùng lúc bằng Ctrl hoặc Shift.</source>
        <translation>An old commune split between several new communes: choose the new commune of each village as the reform Resolution says. Select several villages with Ctrl or Shift.</translation>
    </message>
    <message>
        <source>Tìm thôn hoặc xã cũ, không cần dấu: na sla, binh xa…</source>
        <translation>Find a village or old commune, accents optional: na sla, binh xa…</translation>
    </message>
    <message>
        <source>Thôn/Tổ dân phố</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Xã cũ</source>
        <translation>Old commune</translation>
    </message>
    <message>
        <source>Xã mới theo bảng chuyển đổi</source>
        <translation>New communes in the mapping</translation>
    </message>
    <message>
        <source>Đã xếp vào</source>
        <translation>Placed in</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Xếp các thôn đã chọn vào:</source>
        <translation>Place the selected villages in:</translation>
    </message>
    <message>
        <source>Xếp</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>— chưa xếp —</source>
        <translation>— not placed —</translation>
    </message>
    <message>
        <source>Không có xã nào bị chia tách: không cần xếp thôn.</source>
        <translation>No commune was split: no village to place.</translation>
    </message>
    <message>
        <source>Còn %1/%2 thôn chưa xếp.</source>
        <translation>%1/%2 villages still to place.</translation>
    </message>
    <message>
        <source>Đã xếp đủ %1 thôn.</source>
        <translation>All %1 villages placed.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Kế hoạch chuyển sang đơn vị hành chính mới</source>
        <translation>Plan of the move to the new administrative units</translation>
    </message>
    <message>
        <source>Mỗi xã cũ về xã mới nào theo bảng chuyển đổi; các Tổ, thành viên và quyết định đã ban hành được giữ nguyên. Chưa có gì thay đổi ở bước này.</source>
        <translation>Which new commune each old commune goes to, from the mapping; teams, members and issued Decisions are kept. Nothing changes at this step.</translation>
    </message>
    <message>
        <source>Đang lập kế hoạch…</source>
        <translation>Making the plan…</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Xã cũ</source>
        <translation>Old commune</translation>
    </message>
    <message>
        <source>Huyện cũ</source>
        <translation>Old district</translation>
    </message>
    <message>
        <source>Về xã mới</source>
        <translation>New commune</translation>
    </message>
    <message>
        <source>Sáp nhập</source>
        <translation>Merger</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Lưu kế hoạch ra Excel…</source>
        <translation>Save the plan to Excel…</translation>
    </message>
    <message>
        <source>Không còn thôn nào thuộc xã cũ trong phạm vi %1: dữ liệu đã theo đơn vị hành chính mới.</source>
        <translation>No village of %1 is left under an old commune: the data already follows the new units.</translation>
    </message>
    <message>
        <source>%1: %2 xã cũ về %3 xã mới; %4 thôn, %5 Tổ, %6 thành viên đang hoạt động, %7 quyết định đã ban hành. %8 thôn của xã bị chia tách cần xếp.</source>
        <translation>%1: %2 old communes into %3 new communes; %4 villages, %5 teams, %6 active members, %7 issued Decisions. %8 villages of split communes to place.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Không đọc được tệp PDF (%1).</source>
        <translation>Could not read the PDF file (%1).</translation>
    </message>
    <message>
        <source>Không mở được máy in để in.</source>
        <translation>Could not open the printer.</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Vừa trang</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Trang đầu</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Trang trước</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Trang sau</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Trang cuối</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Từng trang</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Hai trang cạnh nhau</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <source>Xem tất cả các trang</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Thiết lập trang</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Xem trước khi in — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Xem trước khi in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Print %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Enter a value:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Tổ / thôn</source>
        <translation>Team / village</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Số chứng chỉ</source>
        <translation>Certificate no.</translation>
    </message>
</context>
<context>
    <name>ReformMenu</name>
    <message>
        <source>Hoàn tác sắp xếp 2025</source>
        <translation>Undo the 2025 reform</translation>
    </message>
    <message>
        <source>Chưa có lần sắp xếp nào để hoàn tác.</source>
        <translation>No reform has been applied: nothing to undo.</translation>
    </message>
    <message>
        <source>Đưa dữ liệu về như trước lần sắp xếp lúc %1? Những gì nhập sau đó sẽ không còn (dữ liệu hiện tại được sao lưu trước).</source>
        <translation>Put the data back as it was before the reform of %1? What was entered since will be gone (the current data is backed up first).</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Đang hoàn tác…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>Sắp xếp đơn vị hành chính 2025…</source>
        <translation>2025 administrative reform…</translation>
    </message>
</context>
<context>
    <name>ReformWizard</name>
    <message>
        <source>Sắp xếp đơn vị hành chính 2025</source>
        <translation>2025 administrative reform</translation>
    </message>
    <message>
        <source>Đang lập kế hoạch…</source>
        <translation>Making the plan…</translation>
    </message>
    <message>
        <source>Đang chuyển dữ liệu sang đơn vị mới…</source>
        <translation>Moving the data to the new units…</translation>
    </message>
    <message>
        <source>Lưu kế hoạch sắp xếp</source>
        <translation>Save the reform plan</translation>
    </message>
    <message>
        <source>Đã lưu kế hoạch: %1</source>
        <translation>Plan saved: %1</translation>
    </message>
    <message>
        <source>Lưu bảng so sánh</source>
        <translation>Save the comparison</translation>
    </message>
    <message>
        <source>Đã lưu: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Đặt lại</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Đặt mật khẩu mới cho %1. Hãy báo mật khẩu này cho người dùng và đề nghị họ đổi lại ngay sau khi đăng nhập.</source>
        <translation>Set a new password for %1. Give it to the user and ask them to change it right after signing in.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Khôi phục dữ liệu từ bản sao lưu</source>
        <translation>Restore data from a backup</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu cần khôi phục. Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu trong bản sao lưu; trước đó phần mềm tự sao lưu dữ liệu hiện tại để có thể quay lại.</source>
        <translation>Choose the backup to restore. All current data will be replaced by the backup&apos;s; the app backs up the current data first so you can go back.</translation>
    </message>
    <message>
        <source>Thư mục sao lưu: %1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <source>Chưa có bản sao lưu nào trong thư mục này.</source>
        <translation>There is no backup in this folder yet.</translation>
    </message>
    <message>
        <source>Chọn tệp khác…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu %1?

Dữ liệu hiện tại sẽ được sao lưu trước khi khôi phục. Những thay đổi sau thời điểm sao lưu sẽ không còn trong dữ liệu đang dùng.</source>
        <translation>Replace all current data with backup %1?

The current data is backed up before the restore. Changes made after the backup will no longer be in the data in use.</translation>
    </message>
    <message>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Restoring data…</translation>
    </message>
    <message>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ %1.
Dữ liệu trước khi khôi phục được giữ ở:
%2</source>
        <translation>Data restored from %1.
The data from before the restore is kept in:
%2</translation>
    </message>
    <message>
        <source>Không khôi phục được</source>
        <translation>Could not restore</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Ghi kết quả tập huấn</source>
        <translation>Record training results</translation>
    </message>
    <message>
        <source> và %1 người khác</source>
        <translation> and %1 others</translation>
    </message>
    <message>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Ngày hoàn thành:</source>
        <translation>Completed on:</translation>
    </message>
    <message>
        <source>Số chứng chỉ:</source>
        <translation>Certificate no.:</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Số chứng chỉ</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>Kết quả và số chứng chỉ của từng người (sửa được từng dòng):</source>
        <translation>Each person&apos;s result and certificate number (each row can be changed):</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Enter the date as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>RetireVillageDialog</name>
    <message>
        <source>Ngừng theo dõi thôn/tổ dân phố</source>
        <translation>Retire a village</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>%1 sẽ không còn trong danh sách từ ngày dưới đây. Dữ liệu cũ vẫn được giữ.</source>
        <translation>%1 leaves the list from the date below. Its records are kept.</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Enter the date as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Kiểm tra trước khi áp dụng</source>
        <translation>Check before applying</translation>
    </message>
    <message>
        <source>Phần mềm sao lưu dữ liệu trước, rồi chuyển tất cả trong một lần; có thể hoàn tác bằng &quot;Hoàn tác sắp xếp 2025&quot;.</source>
        <translation>The data is backed up first, then everything moves at once; &quot;Undo the 2025 reform&quot; puts it back.</translation>
    </message>
    <message>
        <source>Thôn trùng tên về cùng một xã mới (có thể sáp nhập thôn sau này):</source>
        <translation>Villages with the same name arriving in one new commune (likely merges):</translation>
    </message>
    <message>
        <source>Xã cũ: %1 → xã mới: %2</source>
        <translation>Old communes: %1 → new communes: %2</translation>
    </message>
    <message>
        <source>Thôn/tổ dân phố chuyển: %1</source>
        <translation>Villages moved: %1</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ giữ nguyên: %1</source>
        <translation>Teams kept: %1</translation>
    </message>
    <message>
        <source>Thành viên đang hoạt động giữ nguyên: %1</source>
        <translation>Active members kept: %1</translation>
    </message>
    <message>
        <source>Quyết định đã ban hành giữ dưới xã cũ: %1</source>
        <translation>Issued Decisions kept under the old commune: %1</translation>
    </message>
    <message>
        <source>Dự thảo quyết định của xã cũ sẽ hủy: %1</source>
        <translation>Draft Decisions of old communes to cancel: %1</translation>
    </message>
    <message>
        <source>Không có.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>Áp dụng sắp xếp</source>
        <translation>Apply the reform</translation>
    </message>
    <message>
        <source>Áp dụng sắp xếp 2025</source>
        <translation>Apply the 2025 reform</translation>
    </message>
    <message>
        <source>Chuyển tất cả thôn, Tổ và thành viên sang xã mới và chuyển cơ quan sang danh mục 2025? Dữ liệu được sao lưu trước khi áp dụng.</source>
        <translation>Move every village, team and member to the new communes and switch the office to the 2025 catalogue? The data is backed up first.</translation>
    </message>
    <message>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Đang tạo dữ liệu mẫu trong tệp riêng…</source>
        <translation>Building sample data in a separate file…</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Không mở được cửa sổ dữ liệu mẫu. Tệp dữ liệu mẫu: %1</source>
        <translation>Could not open the sample data window. Sample file: %1</translation>
    </message>
    <message>
        <source>Không tạo được dữ liệu mẫu</source>
        <translation>Could not build sample data</translation>
    </message>
    <message>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Building sample data…</translation>
    </message>
    <message>
        <source>Đây là DỮ LIỆU MẪU (tên người, số điện thoại, quyết định đều hư cấu), nằm trong tệp riêng; dữ liệu của cơ quan không bị ảnh hưởng.</source>
        <translation>This is SAMPLE DATA (names, phone numbers and decisions are fictitious) in a file of its own; the office&apos;s data is not affected.</translation>
    </message>
    <message>
        <source>Rời dữ liệu mẫu</source>
        <translation>Leave the sample data</translation>
    </message>
    <message>
        <source>Đóng cửa sổ dữ liệu mẫu; tệp mẫu được giữ để mở lại lần sau.</source>
        <translation>Close the sample-data window; the sample file is kept to open again later.</translation>
    </message>
    <message>
        <source>Xóa dữ liệu mẫu…</source>
        <translation>Remove the sample data…</translation>
    </message>
    <message>
        <source>Đóng cửa sổ này và xóa hẳn tệp dữ liệu mẫu.</source>
        <translation>Close this window and delete the sample-data file for good.</translation>
    </message>
    <message>
        <source>Xóa dữ liệu mẫu</source>
        <translation>Remove the sample data</translation>
    </message>
    <message>
        <source>Đóng cửa sổ này và xóa hẳn dữ liệu mẫu (tệp %1)? Dữ liệu của cơ quan không bị ảnh hưởng. Có thể tạo lại dữ liệu mẫu bất cứ lúc nào (Công cụ → Mở dữ liệu mẫu).</source>
        <translation>Close this window and delete the sample data for good (file %1)? The office&apos;s data is not affected. You can make sample data again at any time (Tools → Open sample data).</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <source>Đơn vị sử dụng</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Đơn vị ban hành quyết định thành lập Tổ CNSCĐ: thường là UBND xã/phường; Sở Khoa học và Công nghệ chọn cả tỉnh.</source>
        <translation>The body that issues the establishment decisions: usually the commune or ward People&apos;s Committee; a Department of Science and Technology chooses the whole province.</translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu</source>
        <translation>Commune, ward, special zone</translation>
    </message>
    <message>
        <source>Quận, huyện (danh mục trước 2025)</source>
        <translation>District (pre-2025 catalogue)</translation>
    </message>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province or city</translation>
    </message>
    <message>
        <source>Gõ tên, không cần dấu: hop thanh, lang son…</source>
        <translation>Type the name, accents optional: hop thanh, lang son…</translation>
    </message>
    <message>
        <source>Không có đơn vị cấp này tên &quot;%1&quot;; dưới đây là các đơn vị của %2.</source>
        <translation>No unit of this level is named &quot;%1&quot;; here are the units of %2.</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị nào tên &quot;%1&quot; ở cấp này. Thử cấp khác, hoặc gõ ít chữ hơn (không cần dấu).</source>
        <translation>No unit named &quot;%1&quot; at this level. Try another level, or type fewer letters (accents not needed).</translation>
    </message>
    <message>
        <source>Đã chọn: %1</source>
        <translation>Chosen: %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Tên, số điện thoại hoặc tên thôn, gõ có dấu hay không dấu đều được (Ctrl+F)</source>
        <translation>Name, phone or village, with or without accents (Ctrl+F)</translation>
    </message>
    <message>
        <source>Chỉ trong đơn vị đang chọn</source>
        <translation>Only in the selected unit</translation>
    </message>
    <message>
        <source>Tìm kiếm</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Xem hồ sơ người này</source>
        <translation>Show this person&apos;s record</translation>
    </message>
    <message>
        <source>Mở trang tổ</source>
        <translation>Open the team&apos;s page</translation>
    </message>
    <message>
        <source>Chỉ trong %1</source>
        <translation>Only in %1</translation>
    </message>
    <message>
        <source>Gõ để tìm. Ví dụ: nguyen van an, 0912, na sla.</source>
        <translation>Type to search. For example: nguyen van an, 0912, na sla.</translation>
    </message>
    <message>
        <source>Không tìm thấy ai.</source>
        <translation>Nobody found.</translation>
    </message>
    <message>
        <source> (cuộn xuống để xem thêm)</source>
        <translation> (scroll down for more)</translation>
    </message>
    <message>
        <source>Kết quả: %1 người%2</source>
        <translation>Results: %1 people%2</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Thôn/TDP</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Xã/phường</source>
        <translation>Commune</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Mật khẩu máy chủ dữ liệu</source>
        <translation>Database server password</translation>
    </message>
    <message>
        <source>Nhập mật khẩu của người dùng %1 trên máy chủ %2 (cơ sở dữ liệu %3).</source>
        <translation>Enter the password of user %1 on server %2 (database %3).</translation>
    </message>
    <message>
        <source>Dùng tệp trên máy này</source>
        <translation>Use the file on this computer</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sao lưu tự động không thành công: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Đã sao lưu tự động: %1</source>
        <translation>Automatic backup made: %1</translation>
    </message>
    <message>
        <source>Sao lưu tự động</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>Kiểm tra nhật ký</source>
        <translation>Audit trail check</translation>
    </message>
    <message>
        <source>Máy chủ %1, cơ sở dữ liệu %2</source>
        <translation>Server %1, database %2</translation>
    </message>
    <message>
        <source>Tệp dữ liệu: %1</source>
        <translation>Data file: %1</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Đang sao lưu dữ liệu trước khi đóng…</source>
        <translation>Backing up the data before closing…</translation>
    </message>
    <message>
        <source>Một việc vẫn đang chạy: %1.

Thoát ngay thì việc đó bị hủy; phần đang ghi dở không được lưu.</source>
        <translation>A task is still running: %1.

Quitting now cancels it; what it was writing is not saved.</translation>
    </message>
    <message>
        <source>việc nền</source>
        <translation>background work</translation>
    </message>
    <message>
        <source>Thoát phần mềm?</source>
        <translation>Quit the application?</translation>
    </message>
    <message>
        <source>Vẫn thoát</source>
        <translation>Quit anyway</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Đã sao lưu vào %1 nhưng không chép được sang thư mục thứ hai (%2). Hãy cắm ổ USB hoặc kiểm tra ổ mạng, lần đóng sau phần mềm sẽ chép lại.</source>
        <translation>Backed up to %1 but could not copy to the second folder (%2). Plug in the USB drive or check the network drive; the next close will copy again.</translation>
    </message>
    <message>
        <source>Sao lưu khi đóng không thành công</source>
        <translation>The backup on closing failed</translation>
    </message>
    <message>
        <source>Sao lưu trước khi đóng</source>
        <translation>Backup before closing</translation>
    </message>
    <message>
        <source>Thư mục sao lưu thứ hai…</source>
        <translation>Second backup folder…</translation>
    </message>
    <message>
        <source>Khi đóng phần mềm sau khi có thay đổi, bản sao lưu được chép thêm vào: %1

Chọn thư mục khác, hay thôi không chép nữa?</source>
        <translation>When the application closes after changes, the backup is also copied to: %1

Choose another folder, or stop copying?</translation>
    </message>
    <message>
        <source>Thư mục sao lưu thứ hai</source>
        <translation>Second backup folder</translation>
    </message>
    <message>
        <source>Chọn thư mục khác</source>
        <translation>Choose another folder</translation>
    </message>
    <message>
        <source>Thôi chép bản sao lưu vào %1?</source>
        <translation>Stop copying the backup to %1?</translation>
    </message>
    <message>
        <source>Thôi không chép</source>
        <translation>Stop copying</translation>
    </message>
    <message>
        <source>Chọn thư mục sao lưu thứ hai (ổ USB, ổ mạng)</source>
        <translation>Choose the second backup folder (USB drive, network drive)</translation>
    </message>
    <message>
        <source>Từ nay, mỗi lần đóng phần mềm sau khi có thay đổi, bản sao lưu được chép thêm vào %1.</source>
        <translation>From now on, each time the application closes after changes, the backup is also copied to %1.</translation>
    </message>
</context>
<context>
    <name>SignerCombo</name>
    <message>
        <source>Chưa khai báo Chủ tịch/Phó Chủ tịch ký quyết định của đơn vị này: vẫn lập được dự thảo, nhưng cần khai báo người ký (Quyết định → Người ký và căn cứ quyết định) trước khi ban hành.</source>
        <translation>No Chairman or Vice-Chairman is recorded to sign this unit&apos;s decisions: a draft can still be made, but record a signer (Decisions → Signers and legal bases) before issuing.</translation>
    </message>
</context>
<context>
    <name>StaleRecordDialog</name>
    <message>
        <source>Bản ghi vừa được người khác sửa</source>
        <translation>Someone else has just changed this record</translation>
    </message>
    <message>
        <source>Trong lúc bạn đang sửa, %1 đã lưu thay đổi cho bản ghi này lúc %2 ngày %3. Phần mềm không ghi đè lên thay đổi đó: những gì bạn vừa nhập CHƯA được lưu.</source>
        <translation>While you were editing, %1 saved a change to this record at %2 on %3. The app does not overwrite that change: what you typed has NOT been saved.</translation>
    </message>
    <message>
        <source>Trong lúc bạn đang sửa, người khác đã lưu thay đổi cho bản ghi này. Phần mềm không ghi đè lên thay đổi đó: những gì bạn vừa nhập CHƯA được lưu.</source>
        <translation>While you were editing, someone else saved a change to this record. The app does not overwrite that change: what you typed has NOT been saved.</translation>
    </message>
    <message>
        <source>Thay đổi của người kia (lúc bạn mở → bây giờ):</source>
        <translation>Their change (when you opened it → now):</translation>
    </message>
    <message>
        <source>Không xác định được nội dung đã thay đổi.</source>
        <translation>The change could not be determined.</translation>
    </message>
    <message>
        <source>Bấm &quot;Tải lại&quot; để xem dữ liệu mới nhất rồi nhập lại thay đổi của bạn; hoặc &quot;Đóng&quot; để giữ nguyên nội dung đang nhập (chép lại trước khi tải lại).</source>
        <translation>Press &quot;Reload&quot; to see the latest data and enter your change again; or &quot;Close&quot; to keep what you typed (copy it before reloading).</translation>
    </message>
    <message>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Đang chuẩn bị cơ sở dữ liệu…</source>
        <translation>Preparing the database…</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu</source>
        <translation>Could not open the database</translation>
    </message>
    <message>
        <source>Đang nạp danh mục đơn vị hành chính…</source>
        <translation>Loading the administrative-unit catalogue…</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Sao chép (kèm tiêu đề cột)</source>
        <translation>Copy (with column headers)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang dừng, xin chờ…</source>
        <translation>Stopping, please wait…</translation>
    </message>
</context>
<context>
    <name>TeamCheckModel</name>
    <message>
        <source>(dự kiến)</source>
        <translation>(planned)</translation>
    </message>
    <message>
        <source>· %1 thành viên</source>
        <translation>· %1 members</translation>
    </message>
    <message>
        <source>Chưa có quyết định</source>
        <translation>No decision yet</translation>
    </message>
</context>
<context>
    <name>TeamChecklist</name>
    <message>
        <source>Chọn tất cả</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Bỏ chọn tất cả</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>Đã chọn %1/%2 Tổ</source>
        <translation>%1 of %2 teams chosen</translation>
    </message>
</context>
<context>
    <name>TeamDetailPage</name>
    <message>
        <source>Thêm thành viên…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Kết thúc…</source>
        <translation>End…</translation>
    </message>
    <message>
        <source>Dán từ Excel…</source>
        <translation>Paste from Excel…</translation>
    </message>
    <message>
        <source>Hồ sơ và tập huấn…</source>
        <translation>Record and training…</translation>
    </message>
    <message>
        <source>Trạng thái tổ…</source>
        <translation>Team status…</translation>
    </message>
    <message>
        <source>Lịch sử thành viên</source>
        <translation>Membership history</translation>
    </message>
    <message>
        <source>Chưa mở tổ nào. Nhấp đúp một tổ ở trang Tổ CNSCĐ, hoặc chọn ở cây bên trái một thôn đã có tổ (●).</source>
        <translation>No team open. Double-click a team on the Teams page, or choose a village with a team (●) in the tree.</translation>
    </message>
    <message>
        <source>Dán các dòng chép từ Excel vào bảng thành viên</source>
        <translation>Paste rows copied from Excel into the member table</translation>
    </message>
    <message>
        <source>Chi tiết tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Trạng thái: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>thành lập %1</source>
        <translation>established %1</translation>
    </message>
    <message>
        <source>Quyết định: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 thành viên</source>
        <translation>%1 members</translation>
    </message>
    <message>
        <source>Mã tổ: %1</source>
        <translation>Team code: %1</translation>
    </message>
    <message>
        <source>Đã thêm: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Đã lưu: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Kết thúc tư cách thành viên</source>
        <translation>End membership</translation>
    </message>
    <message>
        <source>%1 sẽ thôi là thành viên của %2. Tiếp tục?</source>
        <translation>%1 will no longer be a member of %2. Continue?</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>%1 đã thôi tham gia tổ.</source>
        <translation>%1 has left the team.</translation>
    </message>
    <message>
        <source>Đã thêm %1 thành viên.</source>
        <translation>Added %1 members.</translation>
    </message>
    <message>
        <source>Dòng %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Một số dòng không thêm được</source>
        <translation>Some rows could not be added</translation>
    </message>
</context>
<context>
    <name>TeamStatusDialog</name>
    <message>
        <source>Đổi trạng thái tổ</source>
        <translation>Change team status</translation>
    </message>
    <message>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Giải thể tổ sẽ kết thúc tư cách thành viên của mọi người trong tổ.</source>
        <translation>Dissolving a team ends the membership of everyone in it.</translation>
    </message>
    <message>
        <source>Nhập ngày theo dạng dd/mm/yyyy.</source>
        <translation>Enter the date as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Giải thể tổ</source>
        <translation>Dissolve team</translation>
    </message>
    <message>
        <source>Giải thể %1? Tư cách thành viên của mọi người trong tổ sẽ kết thúc.</source>
        <translation>Dissolve %1? The membership of everyone in the team will end.</translation>
    </message>
    <message>
        <source>Giải thể</source>
        <translation>Dissolve</translation>
    </message>
</context>
<context>
    <name>TeamTableModel</name>
    <message>
        <source>Tên tổ</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>Thôn/TDP</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Xã/phường</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày thành lập</source>
        <translation>Established</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Tổ trưởng</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Quyết định gần nhất</source>
        <translation>Latest decision</translation>
    </message>
    <message>
        <source>(chưa có)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>TeamsPage</name>
    <message>
        <source>Thành lập tổ…</source>
        <translation>Establish team…</translation>
    </message>
    <message>
        <source>Mở tổ</source>
        <translation>Open team</translation>
    </message>
    <message>
        <source>Đổi trạng thái…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>Hiện cả tổ đã giải thể</source>
        <translation>Show dissolved teams</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>%1 tổ, %2 thành viên; %3 tổ chưa có Tổ trưởng</source>
        <translation>%1 teams, %2 members; %3 teams without a leader</translation>
    </message>
    <message>
        <source>Thành lập tổ</source>
        <translation>Establish a team</translation>
    </message>
    <message>
        <source>Chọn một xã/phường hoặc một thôn ở cây bên trái trước.</source>
        <translation>Choose a commune or a village in the tree first.</translation>
    </message>
    <message>
        <source>Mọi thôn/tổ dân phố của xã đã có tổ. Thêm thôn ở trang Thôn/Tổ dân phố.</source>
        <translation>Every village of the commune has a team. Add villages on the Villages page.</translation>
    </message>
</context>
<context>
    <name>TrainingHistoryModel</name>
    <message>
        <source>Lớp tập huấn</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Số chứng chỉ</source>
        <translation>Certificate no.</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Thêm lớp tập huấn…</source>
        <translation>New course…</translation>
    </message>
    <message>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Thêm học viên…</source>
        <translation>Add attendees…</translation>
    </message>
    <message>
        <source>Ghi kết quả…</source>
        <translation>Record results…</translation>
    </message>
    <message>
        <source>Quá trình tập huấn của người…</source>
        <translation>Person&apos;s training history…</translation>
    </message>
    <message>
        <source>Lớp tập huấn</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Học viên</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Bỏ khỏi lớp…</source>
        <translation>Remove from course…</translation>
    </message>
    <message>
        <source>Tập huấn</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Chọn một lớp ở bảng trên để xem học viên.</source>
        <translation>Choose a course above to see its attendees.</translation>
    </message>
    <message>
        <source>Học viên: %1</source>
        <translation>Attendees: %1</translation>
    </message>
    <message>
        <source>%1 học viên, %2 hoàn thành</source>
        <translation>%1 attendees, %2 completed</translation>
    </message>
    <message>
        <source>Không tải được danh sách học viên: %1</source>
        <translation>Could not load the attendees: %1</translation>
    </message>
    <message>
        <source> và %1 người khác</source>
        <translation> and %1 others</translation>
    </message>
    <message>
        <source>Bỏ khỏi lớp</source>
        <translation>Remove from course</translation>
    </message>
    <message>
        <source>Bỏ %1 khỏi lớp &quot;%2&quot;? Kết quả và số chứng chỉ đã ghi của họ trong lớp này cũng bị bỏ.</source>
        <translation>Remove %1 from the course &quot;%2&quot;? Their results and certificate numbers in this course are removed too.</translation>
    </message>
</context>
<context>
    <name>TrustMenu</name>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Khôi phục…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Nơi sao lưu tự động…</source>
        <translation>Automatic backup folder…</translation>
    </message>
    <message>
        <source>Kết nối máy chủ…</source>
        <translation>Server connection…</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Người dùng…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <source>Đổi mật khẩu…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>Người dùng: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Kết nối máy chủ</source>
        <translation>Server connection</translation>
    </message>
    <message>
        <source>Lựa chọn đã được lưu; phần mềm sẽ dùng nó từ lần mở sau.</source>
        <translation>Saved; the app uses it from the next start.</translation>
    </message>
    <message>
        <source>Đổi mật khẩu</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Đã đổi mật khẩu.</source>
        <translation>Password changed.</translation>
    </message>
</context>
<context>
    <name>UnitChoiceDialog</name>
    <message>
        <source>Chọn đơn vị</source>
        <translation>Choose a unit</translation>
    </message>
    <message>
        <source>Nhật ký của đơn vị được chọn và mọi đơn vị trực thuộc.</source>
        <translation>The log of the chosen unit and every unit under it.</translation>
    </message>
</context>
<context>
    <name>UnitFilter</name>
    <message>
        <source>Lọc đơn vị theo tên (có dấu hay không đều được)</source>
        <translation>Filter units by name (with or without accents)</translation>
    </message>
    <message>
        <source>Lọc đơn vị</source>
        <translation>Filter units</translation>
    </message>
    <message>
        <source>Không có đơn vị nào tên như vậy.</source>
        <translation>No unit has such a name.</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Tìm đơn vị theo tên, ví dụ: hop thanh</source>
        <translation>Find a unit by name, for example: hop thanh</translation>
    </message>
    <message>
        <source>Gõ vài chữ của tên đơn vị (có dấu hoặc không) để tìm, hoặc chọn trên cây bên dưới.</source>
        <translation>Type a few letters of the unit&apos;s name (with or without accents) to search, or choose it in the tree below.</translation>
    </message>
    <message>
        <source>Không tìm thấy đơn vị nào.</source>
        <translation>No unit found.</translation>
    </message>
    <message>
        <source>Chưa chọn đơn vị.</source>
        <translation>No unit chosen.</translation>
    </message>
    <message>
        <source>Toàn bộ (không giới hạn đơn vị)</source>
        <translation>Everything (no unit limit)</translation>
    </message>
    <message>
        <source>Đã chọn: %1</source>
        <translation>Chosen: %1</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Thôn</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Số thôn/tổ dân phố đang hoạt động</source>
        <translation>Number of villages in force</translation>
    </message>
    <message>
        <source>Số Tổ CNSCĐ (trừ tổ đã giải thể)</source>
        <translation>Number of teams (not counting dissolved ones)</translation>
    </message>
    <message>
        <source>Có Tổ CNSCĐ</source>
        <translation>Has a team</translation>
    </message>
    <message>
        <source>Chưa có tổ</source>
        <translation>No team</translation>
    </message>
    <message>
        <source>Toàn quốc</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <source>Mã: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>%1 thôn/tổ dân phố, %2 tổ CNSCĐ</source>
        <translation>%1 villages, %2 teams</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Người dùng</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Mỗi người dùng một tài khoản riêng. Cán bộ nhập liệu chỉ sửa được dữ liệu của đơn vị được giao; người chỉ xem không sửa được gì. Khi có từ hai tài khoản trở lên, phần mềm hỏi đăng nhập mỗi lần mở.</source>
        <translation>One account per user. Clerks can only change the data of their assigned unit; viewers cannot change anything. With two or more accounts the app asks for a sign-in at every start.</translation>
    </message>
    <message>
        <source>Thêm người dùng…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Khoá tài khoản</source>
        <translation>Lock account</translation>
    </message>
    <message>
        <source>Mở lại tài khoản</source>
        <translation>Unlock account</translation>
    </message>
    <message>
        <source>Mở khoá</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Đặt lại mật khẩu</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Đã đặt mật khẩu mới cho %1.</source>
        <translation>A new password was set for %1.</translation>
    </message>
    <message>
        <source>Khoá tài khoản %1? Người này sẽ không đăng nhập được cho đến khi được mở lại.</source>
        <translation>Lock account %1? This person cannot sign in until it is unlocked.</translation>
    </message>
    <message>
        <source>Khoá</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Đơn vị được giao</source>
        <translation>Assigned unit</translation>
    </message>
    <message>
        <source>Xem số CCCD</source>
        <translation>Sees citizen IDs</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Toàn bộ</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>VillageNameDialog</name>
    <message>
        <source>Đổi tên thôn/tổ dân phố</source>
        <translation>Rename a village</translation>
    </message>
    <message>
        <source>Thêm thôn/tổ dân phố</source>
        <translation>Add a village</translation>
    </message>
    <message>
        <source>Ví dụ: Thôn Nà Sla, Tổ dân phố 5</source>
        <translation>For example: Thôn Nà Sla, Tổ dân phố 5</translation>
    </message>
    <message>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Gõ cả loại (Thôn, Bản, Ấp, Tổ dân phố…) trước tên.</source>
        <translation>Type the kind (Thôn, Bản, Ấp, Tổ dân phố…) before the name.</translation>
    </message>
    <message>
        <source>Vẫn lưu tên này?</source>
        <translation>Save this name anyway?</translation>
    </message>
    <message>
        <source>Vẫn lưu</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>VillageStatsModel</name>
    <message>
        <source>Thôn/tổ dân phố</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Đã tập huấn</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>% tập huấn</source>
        <translation>% trained</translation>
    </message>
    <message>
        <source>Quyết định gần nhất</source>
        <translation>Latest decision</translation>
    </message>
    <message>
        <source>Chưa có tổ</source>
        <translation>No team</translation>
    </message>
</context>
<context>
    <name>VillageTableModel</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên thôn/tổ dân phố</source>
        <translation>Village name</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Chưa có tổ</source>
        <translation>No team</translation>
    </message>
</context>
<context>
    <name>VillagesPage</name>
    <message>
        <source>Thêm thôn…</source>
        <translation>Add village…</translation>
    </message>
    <message>
        <source>Dán danh sách từ Excel…</source>
        <translation>Paste a list from Excel…</translation>
    </message>
    <message>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Sáp nhập…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Ngừng hoạt động…</source>
        <translation>Retire…</translation>
    </message>
    <message>
        <source>Thành lập tổ…</source>
        <translation>Establish team…</translation>
    </message>
    <message>
        <source>%1 thôn/tổ dân phố, %2 có Tổ CNSCĐ đang hoạt động (%3)</source>
        <translation>%1 villages, %2 with an active team (%3)</translation>
    </message>
    <message>
        <source>; %1 tổ dự kiến</source>
        <translation>; %1 planned teams</translation>
    </message>
    <message>
        <source>Hiện cả thôn đã ngừng</source>
        <translation>Show retired villages</translation>
    </message>
    <message>
        <source>Chọn một xã, phường hoặc đặc khu ở cây bên trái để xem và nhập danh sách thôn/tổ dân phố.</source>
        <translation>Choose a commune or ward in the tree to see and enter its villages.</translation>
    </message>
    <message>
        <source>Mở tổ</source>
        <translation>Open team</translation>
    </message>
    <message>
        <source>Thôn/Tổ dân phố</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>Đã thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Đã thêm %1 thôn/tổ dân phố.</source>
        <translation>Added %1 villages.</translation>
    </message>
    <message>
        <source>Sáp nhập thôn</source>
        <translation>Merge villages</translation>
    </message>
    <message>
        <source>Sáp nhập %1 thôn/tổ dân phố thành một? Các thôn cũ sẽ ngừng hoạt động (lịch sử vẫn được giữ).</source>
        <translation>Merge %1 villages into one? The old villages are retired (their history is kept).</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>, bản đóng gói</source>
        <translation>, packaged build</translation>
    </message>
    <message>
        <source>Giới thiệu Sổ Tổ CNSCĐ</source>
        <translation>About Sổ Tổ CNSCĐ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sổ Tổ CNSCĐ&lt;/b&gt;&lt;br&gt;Quản lý Tổ công nghệ số cộng đồng cho UBND xã, phường, đặc khu và Sở Khoa học và Công nghệ.</source>
        <translation>&lt;b&gt;Sổ Tổ CNSCĐ&lt;/b&gt;&lt;br&gt;Records of the Community Digital Technology Teams for commune and ward People&apos;s Committees, special zones and Departments of Science and Technology.</translation>
    </message>
    <message>
        <source>%1 (phần mềm hỗ trợ đến %2)</source>
        <translation>%1 (this version supports up to %2)</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Phiên bản lược đồ dữ liệu</source>
        <translation>Data schema version</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Tệp nhật ký</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>Nền tảng</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Chép thông tin</source>
        <translation>Copy information</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Phần mềm dùng và phân phối kèm các thành phần sau, theo giấy phép của từng thành phần:</source>
        <translation>The application uses and ships the following components, each under its own licence:</translation>
    </message>
    <message>
        <source>Giấy phép</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>access</name>
    <message>
        <source>Tài khoản %1 chỉ được xem và xuất báo cáo.</source>
        <translation>Account %1 may only view and export reports.</translation>
    </message>
    <message>
        <source>Đơn vị này ngoài phạm vi được phân công: chỉ xem, không sửa.</source>
        <translation>This unit is outside your assigned scope: view only.</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Tự động hằng ngày</source>
        <translation>Daily, automatic</translation>
    </message>
    <message>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Trước khi khôi phục</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Trước khi nâng cấp</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Khác</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Bản sao lưu (*.db *.jsonl.gz)</source>
        <translation>Backups (*.db *.jsonl.gz)</translation>
    </message>
    <message>
        <source>Tất cả các tệp (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Đã sao lưu toàn bộ dữ liệu vào tệp:
%1

Mở thư mục chứa tệp?</source>
        <translation>All data has been backed up to:
%1

Open the folder?</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Không sao lưu được</source>
        <translation>Could not back up</translation>
    </message>
    <message>
        <source>Đang sao lưu dữ liệu…</source>
        <translation>Backing up data…</translation>
    </message>
    <message>
        <source>Nơi sao lưu tự động</source>
        <translation>Automatic backup folder</translation>
    </message>
    <message>
        <source>Sao lưu tự động của cơ sở dữ liệu dùng chung đang tắt.</source>
        <translation>Automatic backups of the shared database are off.</translation>
    </message>
    <message>
        <source>Hiện tại: máy %1, thư mục %2.</source>
        <translation>Now: machine %1, folder %2.</translation>
    </message>
    <message>
        <source>Chọn một thư mục trên máy này để nhận bản sao lưu tự động mỗi ngày? Chỉ máy này sao lưu; tệp chỉ tài khoản Windows đang dùng đọc được.</source>
        <translation>Choose a folder on this machine to receive the daily automatic backup? Only this machine backs up; only the Windows account in use can read the files.</translation>
    </message>
    <message>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Từ nay máy %1 sao lưu tự động vào thư mục %2.</source>
        <translation>From now on, machine %1 backs up automatically into the folder %2.</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <source>Số điện thoại</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Số CCCD</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Đoàn viên</source>
        <translation>Youth Union member</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ngày bắt đầu</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Ngày kết thúc</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Lý do kết thúc</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Tổ được giữ lại</source>
        <translation>Team kept</translation>
    </message>
    <message>
        <source>Thôn/tổ dân phố</source>
        <translation>Village/residential group</translation>
    </message>
    <message>
        <source>Xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <source>Đã tập huấn</source>
        <translation>Trained</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tên ngắn</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ngày thành lập</source>
        <translation>Established on</translation>
    </message>
    <message>
        <source>Ngày giải thể</source>
        <translation>Dissolved on</translation>
    </message>
    <message>
        <source>Hiệu lực từ</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Hiệu lực đến</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Tên lớp</source>
        <translation>Course title</translation>
    </message>
    <message>
        <source>Đơn vị tổ chức</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Hình thức</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Nền tảng</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Số giờ</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Ngày hoàn thành</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Số chứng nhận</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Số</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Mã kiểm tra (SHA-256)</source>
        <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
        <source>Ngày ký</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Trích yếu</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Chức vụ người ký</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Đơn vị được giao</source>
        <translation>Assigned unit</translation>
    </message>
    <message>
        <source>Được xem số CCCD</source>
        <translation>May see citizen IDs</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Số dòng</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Có số CCCD</source>
        <translation>With citizen IDs</translation>
    </message>
    <message>
        <source>Đã thêm</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Đã sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Đã kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Bộ lọc</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Số người trong quyết định</source>
        <translation>People named in the decision</translation>
    </message>
    <message>
        <source>Số người</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Tự động</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Quy mô</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Hạt giống ngẫu nhiên</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>Danh mục đơn vị hành chính</source>
        <translation>Administrative-unit catalogue</translation>
    </message>
    <message>
        <source>Tỉnh/thành phố</source>
        <translation>Provinces</translation>
    </message>
    <message>
        <source>Quận/huyện</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Người</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Vai trò trong Tổ</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <source>Thôn/Tổ dân phố</source>
        <translation>Village/Residential group</translation>
    </message>
    <message>
        <source>Xã/Phường</source>
        <translation>Commune/Ward</translation>
    </message>
    <message>
        <source>Ngày thôi</source>
        <translation>Date left</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Họ và tên đệm</source>
        <translation>Family and middle name</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Thông tin</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có ký tự không phải chữ số; chỉ nhập các chữ số (ví dụ 0912345678).</source>
        <translation>{label} &quot;{value}&quot; has characters that are not digits; type digits only (e.g. 0912345678).</translation>
    </message>
    <message>
        <source>Ô {label_lower} có nhiều số (&quot;{value}&quot;); chỉ giữ lại một số (ví dụ 0912345678).</source>
        <translation>The {label_lower} cell holds several numbers (&quot;{value}&quot;); keep only one (e.g. 0912345678).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có mã nước khác +84, không phải số Việt Nam; hãy nhập số trong nước (ví dụ 0912345678).</source>
        <translation>{label} &quot;{value}&quot; has a country code other than +84 and is not a Vietnamese number; type a domestic number (e.g. 0912345678).</translation>
    </message>
    <message>
        <source>Số máy bàn &quot;{value}&quot; có {digits} chữ số; số máy bàn phải có 11 chữ số gồm cả mã vùng 02x (ví dụ 024 3825 1234).</source>
        <translation>Landline &quot;{value}&quot; has {digits} digits; a landline has 11 digits including the 02x area code (e.g. 024 3825 1234).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; chỉ có {digits} chữ số; số di động phải có 10 chữ số (ví dụ 0912345678).</source>
        <translation>{label} &quot;{value}&quot; has only {digits} digits; a mobile number has 10 digits (e.g. 0912345678).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có {digits} chữ số, thừa {extra} chữ số; số di động phải có 10 chữ số (ví dụ 0912345678).</source>
        <translation>{label} &quot;{value}&quot; has {digits} digits, {extra} too many; a mobile number has 10 digits (e.g. 0912345678).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không bắt đầu bằng số 0; số di động có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (ví dụ 0912345678).</source>
        <translation>{label} &quot;{value}&quot; does not start with 0; a mobile number has 10 digits starting with 03, 05, 07, 08 or 09 (e.g. 0912345678).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có đầu số {prefix}, không phải đầu số di động hiện nay (03, 05, 07, 08, 09); hãy kiểm tra lại. Nếu là số máy bàn, hãy nhập đủ 11 chữ số với mã vùng mới 02x.</source>
        <translation>{label} &quot;{value}&quot; starts with {prefix}, which is not a current mobile prefix (03, 05, 07, 08, 09); please check it. For a landline, type all 11 digits with the new 02x area code.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có 11 chữ số nhưng đầu số {prefix} không thuộc các đầu số 11 chữ số cũ đã chuyển sang 10 chữ số; hãy kiểm tra lại số.</source>
        <translation>{label} &quot;{value}&quot; has 11 digits but its prefix {prefix} is not one of the old 11-digit prefixes moved to 10 digits; please check the number.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; là số di động 11 chữ số cũ; đã đổi sang số mới {new} (đầu số {old_prefix} đổi thành {new_prefix} từ năm 2018). Hãy xác nhận lại với người dùng.</source>
        <translation>{label} &quot;{value}&quot; is an old 11-digit mobile number; it was changed to the new number {new} (prefix {old_prefix} became {new_prefix} in 2018). Please confirm it with the person.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không đúng dạng; hãy nhập ngày/tháng/năm (ví dụ 05/03/1990) hoặc chỉ năm (ví dụ 1990).</source>
        <translation>{label} &quot;{value}&quot; is not in the right form; type day/month/year (e.g. 05/03/1990) or just the year (e.g. 1990).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không đúng dạng; hãy nhập ngày/tháng/năm (ví dụ 05/03/2026).</source>
        <translation>{label} &quot;{value}&quot; is not in the right form; type day/month/year (e.g. 05/03/2026).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không có thật: không có tháng {month}. Hãy kiểm tra lại, nhập theo thứ tự ngày/tháng/năm (ví dụ 05/03/1990).</source>
        <translation>{label} &quot;{value}&quot; does not exist: there is no month {month}. Please check it and type day/month/year in that order (e.g. 05/03/1990).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không có thật: tháng {month}/{year} không có ngày {day}. Hãy kiểm tra lại, nhập theo thứ tự ngày/tháng/năm (ví dụ 05/03/1990).</source>
        <translation>{label} &quot;{value}&quot; does not exist: {month}/{year} has no day {day}. Please check it and type day/month/year in that order (e.g. 05/03/1990).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; ở sau ngày hôm nay ({today}); hãy kiểm tra lại.</source>
        <translation>{label} &quot;{value}&quot; is after today ({today}); please check it.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; ({date}) ở sau ngày hôm nay ({today}); hãy kiểm tra lại.</source>
        <translation>{label} &quot;{value}&quot; ({date}) is after today ({today}); please check it.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có năm {year}, trước năm {min_year}, không hợp lý; hãy kiểm tra lại.</source>
        <translation>{label} &quot;{value}&quot; has the year {year}, before {min_year}, which is not plausible; please check it.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; chỉ có tháng và năm; phần mềm chỉ lưu năm {year}. Nếu biết ngày, hãy nhập đủ ngày/tháng/năm.</source>
        <translation>{label} &quot;{value}&quot; has only a month and a year; only the year {year} is kept. If you know the day, type the full day/month/year.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có ký tự không phải chữ số; số CCCD gồm đúng 12 chữ số.</source>
        <translation>{label} &quot;{value}&quot; has characters that are not digits; a citizen ID has exactly 12 digits.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có {digits} chữ số; số CCCD phải có đủ 12 chữ số.</source>
        <translation>{label} &quot;{value}&quot; has {digits} digits; a citizen ID has exactly 12 digits.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có {digits} chữ số; số CCCD phải có đủ 12 chữ số. Nếu số bắt đầu bằng 0, có thể Excel đã làm mất số 0 ở đầu: hãy định dạng ô là Văn bản (Text) rồi nhập lại đủ 12 chữ số.</source>
        <translation>{label} &quot;{value}&quot; has {digits} digits; a citizen ID has exactly 12 digits. If the number starts with 0, Excel may have dropped the leading zero: format the cell as Text and type all 12 digits again.</translation>
    </message>
    <message>
        <source>Số &quot;{value}&quot; có 9 chữ số, là số chứng minh nhân dân (CMND) cũ, không phải số CCCD; hãy nhập số căn cước (CCCD) 12 chữ số.</source>
        <translation>The number &quot;{value}&quot; has 9 digits: it is an old identity card number (CMND), not a citizen ID; type the 12-digit citizen ID (CCCD).</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không hợp lệ: chữ số thứ 4 ({digit}) và chữ số thứ 5–6 ({yy}) cho năm sinh {id_year}, chưa tới; hãy kiểm tra lại số.</source>
        <translation>{label} &quot;{value}&quot; is not valid: digit 4 ({digit}) and digits 5–6 ({yy}) give the birth year {id_year}, which has not come yet; please check the number.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có chữ số thứ 4 là {digit}, nghĩa là giới tính {id_sex_label}, nhưng giới tính đã nhập là {sex_label}; hãy kiểm tra lại số CCCD hoặc giới tính.</source>
        <translation>{label} &quot;{value}&quot; has {digit} as its 4th digit, meaning {id_sex_label}, but the sex entered is {sex_label}; please check the citizen ID or the sex.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; ứng với năm sinh {id_year} (chữ số thứ 4 là {digit}, chữ số thứ 5–6 là {yy}), nhưng năm sinh đã nhập là {birth_year}; hãy kiểm tra lại số CCCD hoặc ngày sinh.</source>
        <translation>{label} &quot;{value}&quot; gives the birth year {id_year} (4th digit {digit}, digits 5–6 {yy}), but the birth year entered is {birth_year}; please check the citizen ID or the date of birth.</translation>
    </message>
    <message>
        <source>Địa chỉ email &quot;{value}&quot; không hợp lệ: {reason_text}. Hãy nhập một địa chỉ dạng ten@gmail.com, hoặc để trống.</source>
        <translation>The email address &quot;{value}&quot; is not valid: {reason_text}. Type an address such as name@gmail.com, or leave it empty.</translation>
    </message>
    <message>
        <source>thiếu dấu @</source>
        <translation>the @ sign is missing</translation>
    </message>
    <message>
        <source>có nhiều hơn một dấu @</source>
        <translation>it has more than one @ sign</translation>
    </message>
    <message>
        <source>ô này có nhiều địa chỉ, chỉ được nhập một</source>
        <translation>the cell holds several addresses; only one is allowed</translation>
    </message>
    <message>
        <source>có dấu cách</source>
        <translation>it contains spaces</translation>
    </message>
    <message>
        <source>có chữ có dấu hoặc ký tự đặc biệt (email chỉ dùng chữ không dấu, số, . _ -)</source>
        <translation>it has accented letters or special characters (an email uses only unaccented letters, digits, . _ -)</translation>
    </message>
    <message>
        <source>phần trước dấu @ không hợp lệ</source>
        <translation>the part before the @ is not valid</translation>
    </message>
    <message>
        <source>phần sau dấu @ không phải tên miền hợp lệ (ví dụ gmail.com)</source>
        <translation>the part after the @ is not a valid domain name (e.g. gmail.com)</translation>
    </message>
    <message>
        <source>quá dài</source>
        <translation>it is too long</translation>
    </message>
    <message>
        <source>sai dạng</source>
        <translation>it is malformed</translation>
    </message>
    <message>
        <source>Địa chỉ email &quot;{value}&quot; có tên miền &quot;{domain}&quot;, có lẽ gõ nhầm từ &quot;{suggestion}&quot;; hãy kiểm tra lại.</source>
        <translation>The email address &quot;{value}&quot; has the domain &quot;{domain}&quot;, probably a typo for &quot;{suggestion}&quot;; please check it.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không rõ; hãy nhập &quot;Nam&quot; hoặc &quot;Nữ&quot;.</source>
        <translation>{label} &quot;{value}&quot; is unclear; type &quot;Nam&quot; (male) or &quot;Nữ&quot; (female).</translation>
    </message>
    <message>
        <source>Chưa nhập họ và tên; đây là thông tin bắt buộc.</source>
        <translation>The full name is missing; it is required.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có ký tự không hợp lệ ({chars}); họ tên chỉ gồm chữ cái và dấu cách. Số điện thoại, ghi chú... hãy nhập vào cột riêng.</source>
        <translation>{label} &quot;{value}&quot; has characters that are not allowed ({chars}); a name has only letters and spaces. Put phone numbers, notes... in their own columns.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; chỉ có một chữ; hãy nhập đầy đủ họ, tên đệm (nếu có) và tên.</source>
        <translation>{label} &quot;{value}&quot; is a single word; type the family name, middle name (if any) and given name.</translation>
    </message>
    <message>
        <source>{label} dài {length} ký tự, vượt quá {max} ký tự cho phép; hãy rút gọn.</source>
        <translation>{label} is {length} characters long, more than the {max} allowed; please shorten it.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; có ký tự không dùng được ({chars}: biểu tượng, emoji hoặc dấu chồng lên nhau); hãy gõ lại bằng chữ tiếng Việt thông thường.</source>
        <translation>{label} &quot;{value}&quot; has characters that cannot be used ({chars}: symbols, emoji or stacked accents); type it again in plain Vietnamese letters.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không có chữ hay số nào; hãy nhập tên bằng chữ.</source>
        <translation>{label} &quot;{value}&quot; has no letter or digit; type the name in letters.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không rõ; hãy ghi &quot;x&quot; nếu có, để trống nếu không.</source>
        <translation>{label} &quot;{value}&quot; is unclear; write &quot;x&quot; for yes, leave it empty for no.</translation>
    </message>
    <message>
        <source>{label} không hợp lệ (mã {code}); hãy kiểm tra lại.</source>
        <translation>{label} is not valid (code {code}); please check it.</translation>
    </message>
    <message>
        <source>{label} &quot;{value}&quot; không hợp lệ (mã {code}); hãy kiểm tra lại.</source>
        <translation>{label} &quot;{value}&quot; is not valid (code {code}); please check it.</translation>
    </message>
    <message>
        <source>Chưa nhập tên thôn/tổ dân phố.</source>
        <translation>The name of the village/residential group is missing.</translation>
    </message>
    <message>
        <source>Xã đã có thôn/tổ dân phố &quot;{value}&quot;; không tạo trùng tên.</source>
        <translation>The commune already has the village/residential group &quot;{value}&quot;; no duplicate is created.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đã có thôn, tổ và thành viên theo danh mục đang dùng; không đổi được danh mục đơn vị hành chính. Để chuyển sang danh mục sau sắp xếp 2025, dùng lệnh &quot;reform&quot; (lập kế hoạch rồi áp dụng).</source>
        <translation>The database already has villages, teams and members under the catalogue in use; the catalogue of administrative units cannot be switched. To move to the catalogue after the 2025 reform, use the &quot;reform&quot; command (plan, then apply).</translation>
    </message>
    <message>
        <source>Gần giống &quot;{existing}&quot; đã có trong xã: nếu là cùng một thôn, đừng thêm nữa.</source>
        <translation>&quot;{existing}&quot; is already in the commune and looks the same: if it is the same village, do not add it again.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; còn Tổ CNSCĐ đang hoạt động; hãy giải thể hoặc chuyển Tổ trước khi cho thôn ngừng hoạt động.</source>
        <translation>&quot;{value}&quot; still has an active Community Digital Technology Team; dissolve or move the team before retiring the village.</translation>
    </message>
    <message>
        <source>Thôn/tổ dân phố &quot;{value}&quot; đã ngừng hoạt động.</source>
        <translation>The village/residential group &quot;{value}&quot; is no longer in force.</translation>
    </message>
    <message>
        <source>Chọn ít nhất hai thôn/tổ dân phố để sáp nhập.</source>
        <translation>Choose at least two villages/residential groups to merge.</translation>
    </message>
    <message>
        <source>Chỉ sáp nhập được các thôn/tổ dân phố cùng một xã/phường.</source>
        <translation>Only villages/residential groups of the same commune/ward can be merged.</translation>
    </message>
    <message>
        <source>{count} thôn đang có Tổ CNSCĐ; chọn Tổ nào được giữ lại cho thôn mới.</source>
        <translation>{count} villages have a Community Digital Technology Team; choose which team the new village keeps.</translation>
    </message>
    <message>
        <source>Tổ được chọn giữ lại không thuộc các thôn đang sáp nhập.</source>
        <translation>The team chosen to keep does not belong to the villages being merged.</translation>
    </message>
    <message>
        <source>Ngày {value} sớm hơn ngày bắt đầu {start}; hãy kiểm tra lại.</source>
        <translation>The date {value} is before the start date {start}; please check it.</translation>
    </message>
    <message>
        <source>Chưa nhập {label_lower}.</source>
        <translation>The {label_lower} is missing.</translation>
    </message>
    <message>
        <source>Ngày kết thúc {end} sớm hơn ngày bắt đầu {start}.</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; đã có Tổ CNSCĐ chưa giải thể; mỗi thôn chỉ có một Tổ.</source>
        <translation>&quot;{value}&quot; already has a team that is not dissolved; each village has only one team.</translation>
    </message>
    <message>
        <source>Trạng thái &quot;{value}&quot; không hợp lệ.</source>
        <translation>The status &quot;{value}&quot; is not valid.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; đã giải thể.</source>
        <translation>&quot;{value}&quot; is already dissolved.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; đã giải thể; không thêm được thành viên.</source>
        <translation>&quot;{value}&quot; is dissolved; members cannot be added.</translation>
    </message>
    <message>
        <source>Tổ chưa có Tổ trưởng.</source>
        <translation>The team has no team leader.</translation>
    </message>
    <message>
        <source>Tổ có {count} Tổ trưởng ({names}); mỗi Tổ chỉ có một Tổ trưởng.</source>
        <translation>The team has {count} team leaders ({names}); a team has only one leader.</translation>
    </message>
    <message>
        <source>Tổ có {count} thành viên, ít hơn mức tối thiểu {min} (quy định {min}–{max} người).</source>
        <translation>The team has {count} members, fewer than the minimum of {min} (the rule is {min}–{max} people).</translation>
    </message>
    <message>
        <source>Tổ có {count} thành viên, nhiều hơn mức tối đa {max} (quy định {min}–{max} người).</source>
        <translation>The team has {count} members, more than the maximum of {max} (the rule is {min}–{max} people).</translation>
    </message>
    <message>
        <source>Vai trò &quot;{value}&quot; không có trong danh mục.</source>
        <translation>The role &quot;{value}&quot; is not in the list of roles.</translation>
    </message>
    <message>
        <source>Tổ đã có Tổ trưởng ({leader}); hãy kết thúc nhiệm vụ của Tổ trưởng cũ hoặc chọn vai trò khác.</source>
        <translation>The team already has a team leader ({leader}); end the former leader&apos;s term or choose another role.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; đã là thành viên của Tổ này.</source>
        <translation>&quot;{value}&quot; is already a member of this team.</translation>
    </message>
    <message>
        <source>Thành viên này đã thôi tham gia Tổ từ ngày {value}.</source>
        <translation>This member left the team on {value}.</translation>
    </message>
    <message>
        <source>Số CCCD {value} đã được ghi cho người khác; hãy kiểm tra lại.</source>
        <translation>The citizen ID {value} is already recorded for someone else; please check it.</translation>
    </message>
    <message>
        <source>Số CCCD {value} đã được ghi cho người khác ({other_name}); hãy kiểm tra lại.</source>
        <translation>The citizen ID {value} is already recorded for someone else ({other_name}); please check it.</translation>
    </message>
    <message>
        <source>Đã có &quot;{name}&quot; trong dữ liệu {how}; dùng lại hồ sơ này.</source>
        <translation>&quot;{name}&quot; is already on record {how}; that record is used.</translation>
    </message>
    <message>
        <source>Đã có &quot;{name}&quot; trong dữ liệu {how}; dùng lại hồ sơ này. Người này đang ở {other_teams} Tổ khác.</source>
        <translation>&quot;{name}&quot; is already on record {how}; that record is used. This person is in {other_teams} other team(s).</translation>
    </message>
    <message>
        <source>(trùng số CCCD)</source>
        <translation>(same citizen ID)</translation>
    </message>
    <message>
        <source>(trùng tên và số điện thoại)</source>
        <translation>(same name and phone number)</translation>
    </message>
    <message>
        <source>(trùng họ tên với thành viên đang có của Tổ, năm sinh không khác)</source>
        <translation>(same name as a current member of the team, birth year not different)</translation>
    </message>
    <message>
        <source>Chưa nhập tên lớp/khóa tập huấn.</source>
        <translation>The title of the course is missing.</translation>
    </message>
    <message>
        <source>Hình thức &quot;{value}&quot; không hợp lệ.</source>
        <translation>The form &quot;{value}&quot; is not valid.</translation>
    </message>
    <message>
        <source>Số giờ &quot;{value}&quot; không hợp lệ; nhập một số từ 0 đến 9999.</source>
        <translation>The hours &quot;{value}&quot; are not valid; type a number from 0 to 9999.</translation>
    </message>
    <message>
        <source>Kết quả &quot;{value}&quot; không hợp lệ.</source>
        <translation>The result &quot;{value}&quot; is not valid.</translation>
    </message>
    <message>
        <source>Đã hoàn thành nhưng chưa có ngày hoàn thành.</source>
        <translation>Completed, but the completion date is missing.</translation>
    </message>
    <message>
        <source>Lỗi {code}.</source>
        <translation>Error {code}.</translation>
    </message>
    <message>
        <source>Không thực hiện được việc này; hãy kiểm tra lại dữ liệu.</source>
        <translation>This could not be done; please check the data.</translation>
    </message>
    <message>
        <source>Dữ liệu không hợp lệ.</source>
        <translation>The data is not valid.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found}, phần mềm này chỉ hỗ trợ đến {supported}). Hãy cài phiên bản mới nhất rồi mở lại.</source>
        <translation>This database was created by a newer version of the software (schema {found}; this version supports up to {supported}). Install the latest version and open it again.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu đang bận vì một người dùng khác đang ghi. Hãy thử lại sau ít giây.</source>
        <translation>The database is busy because another user is writing. Try again in a few seconds.</translation>
    </message>
    <message>
        <source>Không mở hoặc ghi được cơ sở dữ liệu: {detail}</source>
        <translation>The database could not be opened or written: {detail}</translation>
    </message>
    <message>
        <source>Không đọc/ghi được tệp {path}: {detail}</source>
        <translation>The file {path} could not be read or written: {detail}</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} bị lỗi khi kiểm tra. Không ghi đè dữ liệu; hãy thử sao lưu lại hoặc liên hệ quản trị.</source>
        <translation>The backup {path} failed its check. Nothing was overwritten; try backing up again or contact the administrator.</translation>
    </message>
    <message>
        <source>Chưa khai báo cơ quan: hãy khai báo cơ quan trước khi chọn nơi sao lưu tự động.</source>
        <translation>No office is set up yet: set up the office before choosing where automatic backups go.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} bị hỏng (không đọc được trọn vẹn: tệp bị cắt, bị ghi đè hoặc ổ đĩa lỗi); không khôi phục, dữ liệu hiện tại giữ nguyên. Hãy chọn bản sao lưu khác.</source>
        <translation>The backup file {path} is damaged (it cannot be read whole: cut short, overwritten or a failing disk); nothing was restored and the current data is unchanged. Choose another backup.</translation>
    </message>
    <message>
        <source>Không đọc được tệp sao lưu {path} ({detail}); không khôi phục.</source>
        <translation>The backup file {path} cannot be read ({detail}); nothing was restored.</translation>
    </message>
    <message>
        <source>Tệp {path} là bản sao lưu của cơ sở dữ liệu trên máy (SQLite); cơ sở dữ liệu dùng chung trên máy chủ chỉ khôi phục được từ bản sao lưu .jsonl.gz của máy chủ.</source>
        <translation>The file {path} is a backup of a database on a PC (SQLite); a shared server database can only be restored from a server backup (.jsonl.gz).</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} không ghi phiên bản lược đồ (có thể đã bị cắt hoặc sửa); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>The backup file {path} records no schema version (it may have been cut short or edited); nothing was restored. Choose another backup.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} do phiên bản mới hơn của phần mềm tạo ra (lược đồ {found}, phần mềm này chỉ hỗ trợ đến {supported}); không khôi phục. Hãy cài phiên bản mới nhất.</source>
        <translation>The backup {path} was made by a newer version of the software (schema {found}, this version supports up to {supported}); nothing was restored. Install the latest version.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} thiếu bảng dữ liệu &quot;{table}&quot; (tệp không trọn vẹn hoặc đã bị sửa); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>The backup file {path} lacks the table &quot;{table}&quot; (incomplete or edited); nothing was restored. Choose another backup.</translation>
    </message>
    <message>
        <source>Bảng &quot;{table}&quot; trong tệp sao lưu {path} có các cột khác với phần mềm; không khôi phục.</source>
        <translation>The table &quot;{table}&quot; in the backup file {path} has other columns than this software; nothing was restored.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} bị hỏng hoặc đã bị sửa: bảng &quot;{table}&quot; không khớp với số dòng và mã kiểm tra ghi lúc sao lưu ({expected} dòng, nay {found}); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>The backup file {path} is damaged or was edited: the table &quot;{table}&quot; does not match the row count and checksum recorded at backup ({expected} rows, now {found}); nothing was restored. Choose another backup.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} bị hỏng: dòng {row} của bảng &quot;{table}&quot; chứa dữ liệu rỗng (một vùng của tệp đã bị xoá trắng); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>The backup file {path} is damaged: row {row} of the table &quot;{table}&quot; holds blanked data (a region of the file was zeroed); nothing was restored. Choose another backup.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} có Quyết định số {decision} không khớp với bản PDF đã ban hành (dữ liệu đã bị sửa); không khôi phục.</source>
        <translation>In the backup file {path}, Decision {decision} does not match the PDF as issued (the data was edited); nothing was restored.</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi trong tệp sao lưu {path} bị đứt hoặc bị sửa (tại dòng số {row}); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>The audit trail in the backup file {path} is broken or edited (at row {row}); nothing was restored. Choose another backup.</translation>
    </message>
    <message>
        <source>Tệp sao lưu {path} không trọn vẹn (thiếu phần kết thúc: bị cắt khi chép hoặc khi sao lưu); không khôi phục. Hãy chọn bản sao lưu khác.</source>
        <translation>The backup file {path} is incomplete (its end is missing: cut short while copying or backing up); nothing was restored. Choose another backup.</translation>
    </message>
    <message>
        <source>Không nâng cấp được bản sao lưu cũ {path} lên phiên bản hiện tại ({detail}); không khôi phục.</source>
        <translation>The old backup {path} could not be upgraded to the current version ({detail}); nothing was restored.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: ổ đĩa đã đầy. Hãy giải phóng dung lượng (xoá bớt tệp không cần) hoặc chọn ổ đĩa khác rồi thử lại. Không có tệp dở dang nào được để lại.</source>
        <translation>Could not write {path}: the disk is full. Free some space (delete files you no longer need) or choose another drive, then try again. No half-written file was left.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: thư mục hoặc ổ đĩa này chỉ cho phép đọc (ví dụ USB khoá ghi, ổ mạng chỉ đọc). Hãy chọn thư mục khác rồi thử lại.</source>
        <translation>Could not write {path}: this folder or drive is read-only (a write-protected USB stick, a read-only network drive). Choose another folder and try again.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: tài khoản Windows của bạn không có quyền ghi vào thư mục này. Hãy chọn thư mục khác (ví dụ Tài liệu) hoặc nhờ quản trị máy cấp quyền.</source>
        <translation>Could not write {path}: your Windows account may not write to this folder. Choose another folder (such as Documents) or ask the PC administrator for permission.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: tệp đang được mở trong chương trình khác (Excel, LibreOffice, trình xem PDF…). Hãy đóng tệp đó rồi thử lại.</source>
        <translation>Could not write {path}: the file is open in another program (Excel, LibreOffice, a PDF viewer…). Close it and try again.</translation>
    </message>
    <message>
        <source>Không ghi được {path}: ổ đĩa báo lỗi đọc/ghi (ổ hỏng, USB bị rút ra hoặc mất kết nối mạng). Hãy kiểm tra ổ đĩa rồi thử lại hoặc chọn nơi khác.</source>
        <translation>Could not write {path}: the drive reported a read/write error (a failing disk, a USB stick pulled out or a lost network connection). Check the drive and try again, or choose another place.</translation>
    </message>
    <message>
        <source>Không tìm thấy thư mục hoặc tệp {path}. Hãy kiểm tra lại đường dẫn.</source>
        <translation>The folder or file {path} was not found. Check the path.</translation>
    </message>
    <message>
        <source>Không ghi được {path} (lỗi hệ thống: {detail}). Hãy thử lại hoặc chọn nơi khác.</source>
        <translation>Could not write {path} (system error: {detail}). Try again or choose another place.</translation>
    </message>
    <message>
        <source>Không ghi vào {path}: đó chính là tệp đang được đọc. Hãy chọn một tên tệp khác để không mất tệp gốc.</source>
        <translation>Not written to {path}: it is the file being read. Choose another file name so the original is not lost.</translation>
    </message>
    <message>
        <source>Không ghi vào {path}: đó là một lối tắt (liên kết) trỏ sang tệp khác. Hãy chọn một tên tệp bình thường.</source>
        <translation>Not written to {path}: it is a shortcut (link) to another file. Choose an ordinary file name.</translation>
    </message>
    <message>
        <source>Không ghi vào {path}: đó không phải một tệp bình thường (thư mục hoặc thiết bị). Hãy chọn một tên tệp khác.</source>
        <translation>Not written to {path}: it is not an ordinary file (a folder or a device). Choose another file name.</translation>
    </message>
    <message>
        <source>Thêm mới</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Sửa</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Xoá</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Đổi trạng thái</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Ngừng hoạt động</source>
        <translation>Retired</translation>
    </message>
    <message>
        <source>Sáp nhập</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Huỷ</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Nhập từ Excel</source>
        <translation>Imported from Excel</translation>
    </message>
    <message>
        <source>Xuất tệp</source>
        <translation>File exported</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Đăng nhập sai</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>Sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Thiết lập</source>
        <translation>Set up</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Lưu bản in</source>
        <translation>Print copy stored</translation>
    </message>
    <message>
        <source>Tổ CNSCĐ</source>
        <translation>CDT team</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Lớp tập huấn</source>
        <translation>Training course</translation>
    </message>
    <message>
        <source>Kết quả tập huấn</source>
        <translation>Training result</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Đơn vị sử dụng</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Người ký và căn cứ quyết định</source>
        <translation>Signers and legal bases</translation>
    </message>
    <message>
        <source>Người dùng</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Danh sách thành viên</source>
        <translation>Member roster</translation>
    </message>
    <message>
        <source>Báo cáo thống kê</source>
        <translation>Statistics report</translation>
    </message>
    <message>
        <source>Kết quả tập huấn (tệp)</source>
        <translation>Training results (file)</translation>
    </message>
    <message>
        <source>Mẫu nhập liệu</source>
        <translation>Import template</translation>
    </message>
    <message>
        <source>Báo cáo lỗi nhập</source>
        <translation>Import error report</translation>
    </message>
    <message>
        <source>Nhật ký thay đổi</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Dữ liệu mẫu</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>tài khoản bị tạm khoá</source>
        <translation>account temporarily locked</translation>
    </message>
    <message>
        <source>đổi tên</source>
        <translation>renamed</translation>
    </message>
    <message>
        <source>đổi mật khẩu</source>
        <translation>password changed</translation>
    </message>
    <message>
        <source>đặt lại mật khẩu</source>
        <translation>password reset</translation>
    </message>
    <message>
        <source>mở khoá tài khoản</source>
        <translation>account unlocked</translation>
    </message>
    <message>
        <source>nhiều người một lúc</source>
        <translation>several people at once</translation>
    </message>
    <message>
        <source>lần in đầu của quyết định đã ban hành</source>
        <translation>first print of the issued decision</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã giải thể</source>
        <translation>Dissolved</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Đã thay thế</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Đã huỷ</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Kết hợp</source>
        <translation>Blended</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Cán bộ nhập liệu</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Thành lập</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Kiện toàn</source>
        <translation>Reorganisation</translation>
    </message>
    <message>
        <source>Giải thể</source>
        <translation>Dissolution</translation>
    </message>
    <message>
        <source>Một huyện cũ</source>
        <translation>One former district</translation>
    </message>
    <message>
        <source>Một tỉnh</source>
        <translation>One province</translation>
    </message>
    <message>
        <source>Toàn quốc</source>
        <translation>Whole country</translation>
    </message>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>{label}: {name}</source>
        <translation>{label}: {name}</translation>
    </message>
    <message>
        <source>{label} số {number}</source>
        <translation>{label} No. {number}</translation>
    </message>
    <message>
        <source>{label} (mã {id})</source>
        <translation>{label} (internal no. {id})</translation>
    </message>
    <message>
        <source>lần nhập sai thứ {count}</source>
        <translation>failed attempt no. {count}</translation>
    </message>
    <message>
        <source>{count} dòng thành viên</source>
        <translation>{count} member rows</translation>
    </message>
    <message>
        <source>{count} thêm mới</source>
        <translation>{count} new</translation>
    </message>
    <message>
        <source>{count} cập nhật</source>
        <translation>{count} updated</translation>
    </message>
    <message>
        <source>{count} không đổi</source>
        <translation>{count} unchanged</translation>
    </message>
    <message>
        <source>{count} thôi tham gia</source>
        <translation>{count} leaving</translation>
    </message>
    <message>
        <source>{count} bỏ qua</source>
        <translation>{count} skipped</translation>
    </message>
    <message>
        <source>{count} không nhận</source>
        <translation>{count} refused</translation>
    </message>
    <message>
        <source>Tạo mới {count} thôn/tổ dân phố.</source>
        <translation>{count} new villages/residential groups.</translation>
    </message>
    <message>
        <source>Lập mới {count} Tổ.</source>
        <translation>{count} new teams.</translation>
    </message>
    <message>
        <source>{count} người thôi tham gia Tổ.</source>
        <translation>{count} people leave their team.</translation>
    </message>
    <message>
        <source>Trang tính &apos;{sheet}&apos;</source>
        <translation>Sheet &apos;{sheet}&apos;</translation>
    </message>
    <message>
        <source>dòng {row}</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <source>cột {column}</source>
        <translation>column {column}</translation>
    </message>
    <message>
        <source>cột {column} ({label})</source>
        <translation>column {column} ({label})</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp sao lưu {path}.</source>
        <translation>The backup file {path} was not found.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải bản sao lưu của Sổ Tổ CNSCĐ; không khôi phục.</source>
        <translation>The file {path} is not a Sổ Tổ CNSCĐ backup; nothing was restored.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} thuộc lược đồ {found}, khác phiên bản hiện tại ({supported}). Hãy khôi phục bằng phiên bản phần mềm đã tạo ra nó.</source>
        <translation>The backup {path} has schema {found}, unlike this version ({supported}). Restore it with the version of the software that made it.</translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Tài khoản {username} tạm khoá 15 phút do nhập sai mật khẩu nhiều lần; hãy thử lại sau hoặc nhờ quản trị viên mở khoá.</source>
        <translation>The account {username} is locked for 15 minutes after too many wrong passwords; try again later or ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất {minimum} ký tự.</source>
        <translation>The password must have at least {minimum} characters.</translation>
    </message>
    <message>
        <source>Mật khẩu dài quá {maximum} ký tự.</source>
        <translation>The password is longer than {maximum} characters.</translation>
    </message>
    <message>
        <source>Mật khẩu quá đơn giản: hãy dùng cả chữ và số (hoặc ký tự khác), ví dụ &quot;HopThanh-2026&quot;.</source>
        <translation>The password is too simple: use letters and digits (or other characters), for example &quot;HopThanh-2026&quot;.</translation>
    </message>
    <message>
        <source>Mật khẩu này quá dễ đoán (trùng tên đăng nhập hoặc là mật khẩu phổ biến); hãy chọn mật khẩu khác.</source>
        <translation>This password is too easy to guess (the username, or a common password); choose another one.</translation>
    </message>
    <message>
        <source>Cần mật khẩu mới: đặt biến môi trường CNSCD_NEW_PASSWORD, hoặc dùng --password-stdin và đưa mật khẩu vào dòng đầu của đầu vào chuẩn, hoặc chạy trong cửa sổ lệnh để nhập.</source>
        <translation>A new password is needed: set the environment variable CNSCD_NEW_PASSWORD, or use --password-stdin with the password on the first line of standard input, or run in a terminal to type it.</translation>
    </message>
    <message>
        <source>Không có người dùng {username}.</source>
        <translation>There is no user {username}.</translation>
    </message>
    <message>
        <source>Tên đăng nhập &quot;{username}&quot; không hợp lệ (không để trống, không có dấu cách).</source>
        <translation>The user name &quot;{username}&quot; is not valid (not empty, no spaces).</translation>
    </message>
    <message>
        <source>Vai trò &quot;{role}&quot; không có; chọn admin, clerk hoặc viewer.</source>
        <translation>There is no role &quot;{role}&quot;; choose admin, clerk or viewer.</translation>
    </message>
    <message>
        <source>Cán bộ nhập liệu {username} cần được phân công một đơn vị (--scope).</source>
        <translation>The clerk {username} must be assigned a unit (--scope).</translation>
    </message>
    <message>
        <source>Tên đăng nhập {username} đã có người dùng.</source>
        <translation>The user name {username} is already taken.</translation>
    </message>
    <message>
        <source>Không khoá được {username}: đây là quản trị viên cuối cùng còn hoạt động.</source>
        <translation>{username} cannot be locked: this is the last active administrator.</translation>
    </message>
    <message>
        <source>Chưa chọn Tổ nào cho quyết định.</source>
        <translation>No team has been chosen for the decision.</translation>
    </message>
    <message>
        <source>Một quyết định chỉ gồm các Tổ của cùng một xã/phường; hãy tách thành nhiều quyết định.</source>
        <translation>A decision covers the teams of a single commune/ward; split it into several decisions.</translation>
    </message>
    <message>
        <source>Loại quyết định &quot;{kind}&quot; không có.</source>
        <translation>There is no decision kind &quot;{kind}&quot;.</translation>
    </message>
    <message>
        <source>{label} đã ban hành nên không sửa được; muốn thay đổi hãy lập quyết định kiện toàn mới.</source>
        <translation>{label} has been issued and cannot be changed; to change it, draw up a new amending decision.</translation>
    </message>
    <message>
        <source>Không sửa được mục &quot;{field}&quot; của quyết định.</source>
        <translation>The item &quot;{field}&quot; of a decision cannot be changed.</translation>
    </message>
    <message>
        <source>Quyết định chưa có người ký: hãy chọn người ký trong trình soạn quyết định, hoặc khai báo Chủ tịch/Phó Chủ tịch của đơn vị ban hành (Quyết định → Người ký và căn cứ quyết định; dòng lệnh: office-set --unit MÃ_XÃ --chair &quot;Họ tên&quot;, hoặc decision … --signer &quot;Họ tên&quot;).</source>
        <translation>The decision has no signer: choose one in the decision editor, or record the issuing unit&apos;s Chairman/Vice-Chairman (Decisions → Signers and legal bases; command line: office-set --unit CODE --chair &quot;Full name&quot;, or decision … --signer &quot;Full name&quot;).</translation>
    </message>
    <message>
        <source>{team} không có thành viên nào vào ngày {date}; hãy kiểm tra ngày ký hoặc thêm thành viên trước khi ban hành quyết định.</source>
        <translation>{team} has no members on {date}; check the signing date or add members before issuing the decision.</translation>
    </message>
    <message>
        <source>{where} còn chỗ trống chưa điền (&quot;{text}&quot;); hãy điền đủ số, ngày hoặc nội dung trước khi ban hành.</source>
        <translation>{where} still has a blank to fill in (&quot;{text}&quot;); fill in the number, date or text before issuing.</translation>
    </message>
    <message>
        <source>Chưa có thẩm quyền ký (ví dụ &quot;CHỦ TỊCH&quot; hoặc &quot;KT. CHỦ TỊCH&quot;).</source>
        <translation>No signing authority yet (e.g. &quot;CHỦ TỊCH&quot; or &quot;KT. CHỦ TỊCH&quot;).</translation>
    </message>
    <message>
        <source>Ký thay (&quot;{authority}&quot;) cần ghi chức vụ người ký, ví dụ &quot;PHÓ CHỦ TỊCH&quot;.</source>
        <translation>Signing on behalf (&quot;{authority}&quot;) needs the signer&apos;s title, e.g. &quot;PHÓ CHỦ TỊCH&quot;.</translation>
    </message>
    <message>
        <source>Chưa có ký hiệu văn bản (ví dụ QĐ-UBND).</source>
        <translation>No document symbol yet (e.g. QĐ-UBND).</translation>
    </message>
    <message>
        <source>Quyết định chưa có căn cứ pháp lý nào; hãy nhập ít nhất một dòng &quot;Căn cứ …&quot;.</source>
        <translation>The decision has no legal basis; enter at least one &quot;Căn cứ …&quot; line.</translation>
    </message>
    <message>
        <source>Chưa có ngày ký.</source>
        <translation>No signing date yet.</translation>
    </message>
    <message>
        <source>Ngày ký {date} sớm hơn ngày của Quyết định số {last} ({last_date}) đã ban hành trong năm; số quyết định cấp theo thứ tự ngày ban hành. Hãy sửa ngày ký, hoặc nhập số văn thư đã cấp và xác nhận (dòng lệnh: --number SỐ --force-number).</source>
        <translation>The signing date {date} is before Decision No. {last} ({last_date}) already issued this year; decisions are numbered in issuing order. Correct the date, or enter the number the records office gave and confirm it (command line: --number N --force-number).</translation>
    </message>
    <message>
        <source>Số {number_text} ngày {date} không theo thứ tự ngày với Quyết định số {other} ngày {other_date}; chỉ ban hành khi văn thư xác nhận số này (dòng lệnh: --force-number).</source>
        <translation>No. {number_text} of {date} is out of date order with Decision No. {other} of {other_date}; issue it only when the records office confirms this number (command line: --force-number).</translation>
    </message>
    <message>
        <source>{team} đã giải thể; không ban hành quyết định mới cho Tổ này.</source>
        <translation>{team} is dissolved; no new decision can be issued for it.</translation>
    </message>
    <message>
        <source>Ngày ký {date} sớm hơn {label} mà quyết định này thay thế cho {team}; quyết định kiện toàn hoặc giải thể phải ký sau quyết định đó.</source>
        <translation>The signing date {date} is before {label}, which this decision replaces for {team}; an amendment or dissolution must be signed after it.</translation>
    </message>
    <message>
        <source>{team} đã được thành lập ({label}); hãy lập quyết định kiện toàn thay vì thành lập lần nữa.</source>
        <translation>{team} is already established ({label}); make an amendment (kiện toàn) decision instead of establishing it again.</translation>
    </message>
    <message>
        <source>Quyết định này thay thế {label} nhưng nội dung các điều không nhắc đến quyết định đó; hãy soạn lại nội dung (tạo dự thảo mới) để văn bản ghi đúng phần được thay thế.</source>
        <translation>This decision replaces {label} but its articles do not mention it; redraft it (make a new draft) so the text states what it replaces.</translation>
    </message>
    <message>
        <source>Chọn một nơi ghi: một thư mục (mỗi quyết định một tệp) hoặc một tệp gộp.</source>
        <translation>Choose one destination: a folder (one file per decision) or one combined file.</translation>
    </message>
    <message>
        <source>Không có quyết định nào để in.</source>
        <translation>There is no decision to print.</translation>
    </message>
    <message>
        <source>Đã có tệp {path} (cùng tên với tệp sắp ghi); không ghi đè tệp nào. Hãy chọn thư mục trống hoặc tên tệp khác.</source>
        <translation>The file {path} already exists (same name as a file to write); nothing was overwritten. Choose an empty folder or another file name.</translation>
    </message>
    <message>
        <source>Đã ghi {written} tệp nhưng cần {planned}; hãy kiểm tra thư mục đích rồi in lại.</source>
        <translation>Wrote {written} files but {planned} were needed; check the destination folder and print again.</translation>
    </message>
    <message>
        <source>Chưa khai báo cơ quan; hãy chạy phần thiết lập ban đầu trước.</source>
        <translation>No office is set up yet; run the initial setup first.</translation>
    </message>
    <message>
        <source>Tài khoản {username} không được xem quyết định của đơn vị này (quyết định có thông tin cá nhân của thành viên; ngoài phạm vi được phân công).</source>
        <translation>Account {username} may not see this unit&apos;s decisions (they hold members&apos; personal data; outside the assigned scope).</translation>
    </message>
    <message>
        <source>Số quyết định phải từ 1 trở lên (nhận được {number}).</source>
        <translation>A decision number must be 1 or more (got {number}).</translation>
    </message>
    <message>
        <source>Số {number}/{symbol} năm {year} đã được dùng cho quyết định khác; hãy chọn số khác hoặc để phần mềm cấp số tiếp theo.</source>
        <translation>The number {number}/{symbol} of {year} is already used by another decision; choose another number or let the software give the next one.</translation>
    </message>
    <message>
        <source>Số {number_text} bỏ qua các số từ {first} đến {last} chưa dùng trong năm; chỉ ban hành khi văn thư xác nhận đúng số này (dòng lệnh: --force-number).</source>
        <translation>Number {number_text} skips the unused numbers {first} to {last} of the year; issue it only when the records clerk confirms this number (command line: --force-number).</translation>
    </message>
    <message>
        <source>Bản ghi này vừa được người khác sửa sau khi bạn mở; hãy tải lại để xem thay đổi rồi làm lại.</source>
        <translation>Someone else changed this record after you opened it; reload it to see the change, then do it again.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản ghi (có thể đã bị xoá hoặc gộp).</source>
        <translation>The record was not found (it may have been deleted or merged).</translation>
    </message>
    <message>
        <source>Chỉ quản trị viên được làm việc này (người dùng: {username}).</source>
        <translation>Only an administrator may do this (user: {username}).</translation>
    </message>
    <message>
        <source>Tài khoản {username} chỉ được xem và xuất báo cáo, không được sửa.</source>
        <translation>The account {username} may only view and export, not change anything.</translation>
    </message>
    <message>
        <source>Tài khoản {username} không được sửa dữ liệu của đơn vị này (ngoài phạm vi được phân công).</source>
        <translation>The account {username} may not change the data of this unit (outside its assigned scope).</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp danh mục {path}. Hãy cài lại phần mềm đầy đủ.</source>
        <translation>The catalogue file {path} was not found. Reinstall the software completely.</translation>
    </message>
    <message>
        <source>Danh mục &quot;{catalogue}&quot; không có; chọn 2025 hoặc pre2025.</source>
        <translation>There is no catalogue &quot;{catalogue}&quot;; choose 2025 or pre2025.</translation>
    </message>
    <message>
        <source>Chưa nhập địa chỉ máy chủ.</source>
        <translation>The server address is missing.</translation>
    </message>
    <message>
        <source>Tên vai trò &quot;{role}&quot; không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch dưới, bắt đầu bằng chữ.</source>
        <translation>The role name &quot;{role}&quot; is not valid: use lower-case letters without accents, digits and underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>Vai trò {role} là chủ sở hữu lược đồ; phần mềm phải kết nối bằng một vai trò khác.</source>
        <translation>The role {role} owns the schema; the software must connect with another role.</translation>
    </message>
    <message>
        <source>Việc này chỉ dùng cho cơ sở dữ liệu trên máy chủ PostgreSQL.</source>
        <translation>This is only for a database on a PostgreSQL server.</translation>
    </message>
    <message>
        <source>Chưa nhập tên cơ sở dữ liệu.</source>
        <translation>The database name is missing.</translation>
    </message>
    <message>
        <source>Chưa nhập tên người dùng của máy chủ.</source>
        <translation>The server user name is missing.</translation>
    </message>
    <message>
        <source>Cổng phải là một số từ 1 đến 65535.</source>
        <translation>The port must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>Chế độ mã hoá không hợp lệ.</source>
        <translation>The encryption mode is not valid.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp chứng chỉ (CA) đã chọn.</source>
        <translation>The chosen certificate (CA) file was not found.</translation>
    </message>
    <message>
        <source>Máy chủ {host} từ chối đăng nhập: sai tên người dùng hoặc mật khẩu của cơ sở dữ liệu.</source>
        <translation>The server {host} refused the login: wrong database user name or password.</translation>
    </message>
    <message>
        <source>Máy chủ {host} không có cơ sở dữ liệu &quot;{database}&quot;. Hãy nhờ quản trị máy chủ tạo một cơ sở dữ liệu trống rồi bấm Khởi tạo.</source>
        <translation>The server {host} has no database &quot;{database}&quot;. Ask the server administrator to create an empty database, then press Initialise.</translation>
    </message>
    <message>
        <source>Không thiết lập được kết nối mã hoá (TLS) tới {host}: {detail}. Hãy kiểm tra chế độ mã hoá và tệp chứng chỉ.</source>
        <translation>An encrypted (TLS) connection to {host} could not be set up: {detail}. Check the encryption mode and the certificate file.</translation>
    </message>
    <message>
        <source>Không kết nối được tới máy chủ {host}: máy chủ không trả lời (kiểm tra địa chỉ, cổng, mạng và tường lửa).</source>
        <translation>The server {host} could not be reached: it does not answer (check the address, port, network and firewall).</translation>
    </message>
    <message>
        <source>Máy chủ {host} báo lỗi: {detail}</source>
        <translation>The server {host} reported an error: {detail}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu &quot;{database}&quot; đã có {count} bảng của phần mềm khác; không khởi tạo vào đó để tránh làm hỏng dữ liệu. Hãy dùng một cơ sở dữ liệu trống.</source>
        <translation>The database &quot;{database}&quot; already has {count} tables of other software; nothing is set up there so as not to damage them. Use an empty database.</translation>
    </message>
    <message>
        <source>Cơ quan chưa bật việc xuất số CCCD nên không xuất được cột này. Hãy bỏ chọn &quot;kèm số CCCD&quot;, hoặc nhờ quản trị viên bật cài đặt của cơ quan.</source>
        <translation>The office has not enabled exporting citizen IDs, so this column cannot be exported. Untick &quot;with citizen IDs&quot;, or ask an administrator to turn on the office setting.</translation>
    </message>
    <message>
        <source>Tài khoản {username} không được xem số CCCD nên không xuất được cột này; hãy bỏ chọn &quot;kèm số CCCD&quot;.</source>
        <translation>The account {username} may not see citizen IDs, so this column cannot be exported; untick &quot;with citizen IDs&quot;.</translation>
    </message>
    <message>
        <source>Chọn một xã/phường (hoặc thôn) để tải mẫu nhập danh sách.</source>
        <translation>Choose a commune/ward (or a village) to download the roster template.</translation>
    </message>
    <message>
        <source>Đã hủy. Không có tệp nào được tạo.</source>
        <translation>Cancelled. No file was created.</translation>
    </message>
    <message>
        <source>Không ghi được tệp {path}: tệp đang được mở trong chương trình khác (Excel, LibreOffice…). Hãy đóng tệp đó rồi thử lại.</source>
        <translation>The file {path} could not be written: it is open in another program (Excel, LibreOffice…). Close that file and try again.</translation>
    </message>
    <message>
        <source>Không ghi được tệp {path}: {error}</source>
        <translation>The file {path} could not be written: {error}</translation>
    </message>
    <message>
        <source>Dữ liệu xuất không hợp lệ: {detail}</source>
        <translation>The export data is not valid: {detail}</translation>
    </message>
    <message>
        <source>Còn {count} thôn/tổ dân phố của các xã bị chia tách chưa được xếp vào xã mới: {villages}. Chưa thay đổi gì; hãy chọn xã mới cho từng thôn (trong trình hướng dẫn hoặc cột &quot;Xã mới (mã)&quot; của trang &quot;Xếp thôn&quot; trong tệp kế hoạch) rồi áp dụng lại.</source>
        <translation>{count} villages of split communes are not placed in a new commune yet: {villages}. Nothing was changed; choose the new commune of each village (in the wizard, or in the &quot;Xã mới (mã)&quot; column of the &quot;Xếp thôn&quot; sheet of the plan file), then apply again.</translation>
    </message>
    <message>
        <source>Tệp kế hoạch có {count} chỗ xếp thôn không dùng được: {details}. Chưa thay đổi gì.</source>
        <translation>The plan file has {count} village placements that cannot be used: {details}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Thôn {village} (xã cũ {commune}): mã xã mới &quot;{value}&quot; không có trong danh mục 2025; hãy chọn một mã trong danh sách gợi ý.</source>
        <translation>Village {village} (old commune {commune}): new commune code &quot;{value}&quot; is not in the 2025 catalogue; choose a code from the suggestions.</translation>
    </message>
    <message>
        <source>Thôn {village} (xã cũ {commune}) được xếp vào {new}, không thuộc các xã mới mà bảng chuyển đổi nêu ({candidates}); hãy kiểm tra lại theo Nghị quyết sắp xếp.</source>
        <translation>Village {village} (old commune {commune}) is placed in {new}, which is not one of the new communes the mapping names ({candidates}); check it against the reform Resolution.</translation>
    </message>
    <message>
        <source>Dòng xếp thôn mã số {id} (xã mới {value}) không còn thôn nào cần xếp tương ứng; bỏ qua.</source>
        <translation>Placement row for village number {id} (new commune {value}) matches no village left to place; ignored.</translation>
    </message>
    <message>
        <source>{count} xã cũ có thôn nhưng không có trong bảng chuyển đổi xã cũ - xã mới: {communes}. Chưa thay đổi gì; hãy liên hệ quản trị để bổ sung bảng chuyển đổi.</source>
        <translation>{count} old communes with villages are not in the old-to-new commune mapping: {communes}. Nothing was changed; ask the administrator to complete the mapping.</translation>
    </message>
    <message>
        <source>Chưa có lần sắp xếp 2025 nào được áp dụng trên dữ liệu này nên không có gì để hoàn tác.</source>
        <translation>The 2025 reform has not been applied to this data: nothing to undo.</translation>
    </message>
    <message>
        <source>Không tìm thấy bản sao lưu trước khi sắp xếp ({path}); không hoàn tác được. Hãy tìm tệp sao lưu đó và khôi phục bằng &quot;Khôi phục…&quot;.</source>
        <translation>The backup taken before the reform ({path}) is missing; cannot undo. Find that backup file and restore it with &quot;Khôi phục…&quot;.</translation>
    </message>
    <message>
        <source>Đã hủy sắp xếp; dữ liệu không thay đổi.</source>
        <translation>Reform cancelled; the data is unchanged.</translation>
    </message>
    <message>
        <source>Sau khi sắp xếp, số Tổ, thành viên hoặc quyết định không khớp với trước khi sắp xếp; đã hủy toàn bộ thay đổi. Hãy báo lỗi này cho bộ phận hỗ trợ.</source>
        <translation>After the reform the number of teams, members or Decisions did not match the numbers before; every change was undone. Please report this to support.</translation>
    </message>
    <message>
        <source>Chưa thiết lập đơn vị sử dụng; hãy thiết lập trước (Công cụ).</source>
        <translation>The office is not set up yet; set it up first (Tools).</translation>
    </message>
    <message>
        <source>Chưa nhập số và ngày của Nghị quyết sắp xếp đơn vị hành chính cấp xã (để ghi vào phần căn cứ); hãy nhập rồi lập quyết định kiện toàn.</source>
        <translation>Enter the number and date of the Resolution that reorganised the communes (cited as a legal basis), then make the kiện toàn Decisions.</translation>
    </message>
    <message>
        <source>Chưa có họ tên Chủ tịch UBND của {count} xã mới: {communes}. Quyết định kiện toàn do Chủ tịch xã mới ký; hãy nhập họ tên rồi lập lại. Chưa ban hành quyết định nào.</source>
        <translation>The Chairman&apos;s name is missing for {count} new communes: {communes}. The new commune&apos;s Chairman signs the kiện toàn; enter the names and try again. No Decision was issued.</translation>
    </message>
    <message>
        <source>{count} xã mới có thôn trùng tên (quyết định sẽ không phân biệt được): {communes}. Chưa ban hành quyết định nào; hãy sáp nhập các thôn đó, đổi tên, hoặc dùng &quot;Thêm tên xã cũ vào thôn trùng tên&quot; (lệnh reform --rename-same-names) rồi lập lại.</source>
        <translation>{count} new communes have villages with the same name (a Decision could not tell them apart): {communes}. No Decision was issued; merge or rename those villages, or use &quot;Add the old commune&apos;s name to same-named villages&quot; (command reform --rename-same-names), then try again.</translation>
    </message>
    <message>
        <source>Ngày ký {day} trước ngày 01/7/2025: xã mới chưa được thành lập; hãy chọn ngày ký từ 01/7/2025.</source>
        <translation>Signing date {day} is before 01/7/2025, when the new communes did not exist yet; choose a date from 01/7/2025.</translation>
    </message>
    <message>
        <source>Không đọc được tệp kế hoạch {path} ({error}). Hãy mở lại tệp do lệnh &quot;reform --plan&quot; tạo ra, lưu dạng .xlsx rồi thử lại.</source>
        <translation>Cannot read the plan file {path} ({error}). Open the file made by &quot;reform --plan&quot;, save it as .xlsx and try again.</translation>
    </message>
    <message>
        <source>Tệp {path} không có trang &quot;{sheet}&quot; với các cột &quot;Mã số thôn&quot; và &quot;Xã mới (mã)&quot;; hãy dùng tệp do lệnh &quot;reform --plan&quot; tạo ra.</source>
        <translation>The file {path} has no sheet &quot;{sheet}&quot; with the columns &quot;Mã số thôn&quot; and &quot;Xã mới (mã)&quot;; use the file made by &quot;reform --plan&quot;.</translation>
    </message>
    <message>
        <source>Không rõ thôn/tổ dân phố của dòng này: thêm cột &quot;Thôn/Tổ dân phố&quot;, hoặc một dòng tiêu đề thôn (ví dụ &quot;Thôn Nà Sla&quot;) phía trên, hoặc chọn Tổ khi nhập.</source>
        <translation>The village/residential group of this row is unknown: add a &quot;Thôn/Tổ dân phố&quot; column, or a village heading row (e.g. &quot;Thôn Nà Sla&quot;) above, or choose a team when importing.</translation>
    </message>
    <message>
        <source>{commune} chưa có thôn/tổ dân phố &quot;{value}&quot;; thôn này sẽ được tạo mới khi ghi (các dòng khác của thôn này cũng vậy). Nếu là tên viết khác của thôn đã có, hãy sửa lại cho đúng.</source>
        <translation>{commune} has no village/residential group &quot;{value}&quot;; it will be created on saving (other rows of this village too). If it is another spelling of an existing village, correct it.</translation>
    </message>
    <message>
        <source>{commune} không có thôn/tổ dân phố &quot;{value}&quot;; hãy sửa tên thôn hoặc thêm thôn trong trang Thôn/Tổ dân phố trước khi nhập.</source>
        <translation>{commune} has no village/residential group &quot;{value}&quot;; correct the village name or add the village on the Villages page before importing.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; khớp nhiều thôn/tổ dân phố ({names}); hãy ghi đầy đủ tên, ví dụ &quot;Thôn 1&quot; hay &quot;Tổ dân phố 1&quot;.</source>
        <translation>&quot;{value}&quot; matches several villages/residential groups ({names}); write the full name, e.g. &quot;Thôn 1&quot; or &quot;Tổ dân phố 1&quot;.</translation>
    </message>
    <message>
        <source>Dòng ghi thôn &quot;{value}&quot; nhưng được nhập vào {chosen} như đã chọn.</source>
        <translation>The row names the village &quot;{value}&quot; but is imported into {chosen} as chosen.</translation>
    </message>
    <message>
        <source>Không rõ xã/phường của dòng này: thêm cột &quot;Xã/Phường&quot;, một dòng tiêu đề xã phía trên, hoặc chọn xã khi nhập.</source>
        <translation>The commune/ward of this row is unknown: add a &quot;Xã/Phường&quot; column, a commune heading row above, or choose a commune when importing.</translation>
    </message>
    <message>
        <source>Không tìm thấy xã/phường &quot;{value}&quot; trong phạm vi của đơn vị; hãy sửa tên xã hoặc chọn xã khi nhập.</source>
        <translation>The commune/ward &quot;{value}&quot; was not found in the unit&apos;s scope; correct the commune name or choose a commune when importing.</translation>
    </message>
    <message>
        <source>Có nhiều xã/phường tên &quot;{value}&quot; ({names}); hãy chọn xã khi nhập.</source>
        <translation>Several communes/wards are named &quot;{value}&quot; ({names}); choose a commune when importing.</translation>
    </message>
    <message>
        <source>Dòng ghi xã &quot;{value}&quot; nhưng được nhập vào {chosen} như đã chọn.</source>
        <translation>The row names the commune &quot;{value}&quot; but is imported into {chosen} as chosen.</translation>
    </message>
    <message>
        <source>Tài khoản không được sửa dữ liệu của {value} (ngoài phạm vi được phân công).</source>
        <translation>The account may not change the data of {value} (outside its assigned scope).</translation>
    </message>
    <message>
        <source>{village} chưa có Tổ CNSCĐ; Tổ sẽ được lập (trạng thái dự kiến, chờ quyết định thành lập).</source>
        <translation>{village} has no Community Digital Technology Team; a team will be set up (status planned, awaiting the establishing decision).</translation>
    </message>
    <message>
        <source>Chưa ghi vai trò trong Tổ; coi là Thành viên.</source>
        <translation>No role in the team is written; taken as Member.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; đã có ở dòng {first_row} ({first_sheet}) cho cùng Tổ; hãy xóa một trong hai dòng.</source>
        <translation>&quot;{value}&quot; is already in row {first_row} ({first_sheet}) for the same team; delete one of the two rows.</translation>
    </message>
    <message>
        <source>Số CCCD {value} đã ghi cho &quot;{other_name}&quot; ở dòng {first_row}; hãy kiểm tra lại số CCCD.</source>
        <translation>The citizen ID {value} is already written for &quot;{other_name}&quot; in row {first_row}; please check the citizen ID.</translation>
    </message>
    <message>
        <source>{team} có {count} Tổ trưởng trong tệp ({names}); mỗi Tổ chỉ có một Tổ trưởng: hãy sửa vai trò của những người còn lại.</source>
        <translation>{team} has {count} team leaders in the file ({names}); a team has only one leader: correct the others&apos; roles.</translation>
    </message>
    <message>
        <source>Tài khoản không được xem số CCCD nên cột Số CCCD được bỏ qua.</source>
        <translation>The account may not see citizen IDs, so the citizen ID column is ignored.</translation>
    </message>
    <message>
        <source>Không tìm thấy dòng thành viên nào trong tệp. Tệp cần có dòng tiêu đề (Họ và tên, Ngày sinh…) và các dòng thành viên bên dưới; có thể dùng Mẫu nhập liệu.</source>
        <translation>No member rows were found in the file. The file needs a heading row (Họ và tên, Ngày sinh…) with member rows below it; you can use the import template.</translation>
    </message>
    <message>
        <source>{value} ({role}, {team}) không có trong tệp: thôi tham gia Tổ từ ngày nhập (chế độ thay thế danh sách).</source>
        <translation>{value} ({role}, {team}) is not in the file: leaves the team on the import date (replace-list mode).</translation>
    </message>
    <message>
        <source>{team} sẽ có {count} thành viên, ngoài mức quy định {min}–{max} người.</source>
        <translation>{team} will have {count} members, outside the rule of {min}–{max} people.</translation>
    </message>
    <message>
        <source>{team} chưa có Tổ trưởng.</source>
        <translation>{team} has no team leader.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu vừa thay đổi (có thể người khác đang nhập cùng Tổ); không có gì được ghi. Hãy kiểm tra lại rồi nhập lại.</source>
        <translation>The database has just changed (someone may be importing the same team); nothing was written. Check again, then import again.</translation>
    </message>
    <message>
        <source>Không đọc được tệp{why}. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng .xlsx rồi nhập lại.</source>
        <translation>Cannot read the file{why}. Open it in Excel or LibreOffice, save it as .xlsx and import again.</translation>
    </message>
    <message>
        <source>: tệp rỗng (0 byte)</source>
        <translation>: the file is empty (0 bytes)</translation>
    </message>
    <message>
        <source>: tệp không có trang tính nào</source>
        <translation>: the file has no sheets</translation>
    </message>
    <message>
        <source>: đây là một thư mục, không phải tệp</source>
        <translation>: this is a folder, not a file</translation>
    </message>
    <message>
        <source>: không mở được tệp (tệp đã bị xóa, đang mở ở chương trình khác hoặc không có quyền đọc)</source>
        <translation>: the file cannot be opened (deleted, open in another program, or not readable)</translation>
    </message>
    <message>
        <source> (tệp hỏng hoặc không đúng định dạng)</source>
        <translation> (the file is damaged or not in a known format)</translation>
    </message>
    <message>
        <source>Tệp không phải bảng tính Excel{what}. Hãy mở bằng Excel hoặc LibreOffice rồi lưu dạng .xlsx.</source>
        <translation>The file is not an Excel workbook{what}. Open it in Excel or LibreOffice and save it as .xlsx.</translation>
    </message>
    <message>
        <source>: đây là tệp PDF</source>
        <translation>: it is a PDF file</translation>
    </message>
    <message>
        <source>: đây là trang web (HTML) được lưu với đuôi .xls</source>
        <translation>: it is a web page (HTML) saved with an .xls name</translation>
    </message>
    <message>
        <source>: đây là bảng tính dạng XML 2003</source>
        <translation>: it is an XML 2003 spreadsheet</translation>
    </message>
    <message>
        <source>: đây là tệp dữ liệu dạng thẻ (XML)</source>
        <translation>: it is an XML data file</translation>
    </message>
    <message>
        <source>: đây là tệp văn bản hoặc CSV</source>
        <translation>: it is a text or CSV file</translation>
    </message>
    <message>
        <source>Tệp quá lớn để là một danh sách thành viên (khai báo nhiều dữ liệu hơn mức cho phép). Hãy mở tệp bằng Excel, chỉ giữ các trang tính danh sách, lưu lại rồi nhập lại.</source>
        <translation>The file is too large to be a member roster (it declares more data than allowed). Open it in Excel, keep only the roster sheets, save it and import again.</translation>
    </message>
    <message>
        <source>Tệp bị hỏng hoặc có cấu trúc bất thường (khai báo kích thước không khớp với nội dung) nên không được mở. Hãy mở tệp bằng Excel hoặc LibreOffice, chép danh sách sang một tệp mới (hoặc Mẫu nhập liệu), lưu dạng .xlsx rồi nhập lại.</source>
        <translation>The file is damaged or has an unusual structure (its declared sizes do not match its content), so it was not opened. Open it in Excel or LibreOffice, copy the list into a new file (or the import template), save it as .xlsx and import again.</translation>
    </message>
    <message>
        <source>Tệp bị hỏng hoặc chưa tải về hết (không mở được phần nén bên trong). Hãy tải hoặc chép lại tệp, mở thử bằng Excel, lưu lại dạng .xlsx rồi nhập lại.</source>
        <translation>The file is damaged or was not fully downloaded (its compressed content cannot be opened). Download or copy it again, open it in Excel, save it as .xlsx and import again.</translation>
    </message>
    <message>
        <source>Không đọc được tệp: bộ đọc bảng tính dừng giữa chừng (tệp hỏng hoặc quá lớn). Phần mềm vẫn chạy bình thường. Hãy mở tệp bằng Excel, lưu lại dạng .xlsx rồi nhập lại.</source>
        <translation>Cannot read the file: the spreadsheet reader stopped part-way (the file is damaged or too large). The application is still running normally. Open the file in Excel, save it as .xlsx and import again.</translation>
    </message>
    <message>
        <source>Đọc tệp quá lâu (quá {seconds} giây) nên đã dừng. Tệp có thể bị hỏng hoặc chứa rất nhiều ô trống được định dạng; hãy chép danh sách sang Mẫu nhập liệu rồi nhập lại.</source>
        <translation>Reading the file took too long (over {seconds} seconds) and was stopped. The file may be damaged or hold very many formatted empty cells; copy the list into the import template and import again.</translation>
    </message>
    <message>
        <source>Không đọc được trang tính này (dữ liệu bên trong bị hỏng); các trang tính khác vẫn được đọc. Hãy mở tệp bằng Excel, chép trang này sang tệp mới, lưu lại rồi nhập lại.</source>
        <translation>Cannot read this sheet (its data is damaged); the other sheets are still read. Open the file in Excel, copy this sheet into a new file, save it and import again.</translation>
    </message>
    <message>
        <source>Tệp được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp &gt; Thông tin &gt; Bảo vệ sổ làm việc), lưu lại rồi nhập lại.</source>
        <translation>The file is password-protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it and import it again.</translation>
    </message>
    <message>
        <source>Không có dòng tiêu đề danh sách (Họ và tên, Ngày sinh…) trong 30 dòng đầu; trang tính này được bỏ qua.</source>
        <translation>No roster heading row (Họ và tên, Ngày sinh…) in the first 30 rows; this sheet is skipped.</translation>
    </message>
    <message>
        <source>Có dòng tiêu đề nhưng không có dòng thành viên nào.</source>
        <translation>There is a heading row but no member rows.</translation>
    </message>
    <message>
        <source>Dòng có dữ liệu nhưng thiếu họ và tên; hãy ghi họ tên hoặc xóa dòng.</source>
        <translation>The row has data but no full name; write the name or delete the row.</translation>
    </message>
    <message>
        <source>Dòng có dữ liệu nhưng ô họ tên không phải một họ tên (có chữ số, ký hiệu, hoặc dài quá 8 tiếng); hãy sửa lại họ tên hoặc xóa dòng.</source>
        <translation>The row has data but its name cell is not a name (digits, symbols, or more than 8 words); correct the name or delete the row.</translation>
    </message>
    <message>
        <source>Ô có giá trị lỗi của Excel {detail} (công thức bị lỗi); đọc như ô trống. Hãy sửa công thức hoặc gõ giá trị rồi nhập lại nếu cần.</source>
        <translation>The cell holds the Excel error value {detail} (a broken formula); it is read as empty. Fix the formula or type the value, then import again if needed.</translation>
    </message>
    <message>
        <source>{message} (Giá trị trong ô: &quot;{value}&quot;)</source>
        <translation>{message} (Value in the cell: &quot;{value}&quot;)</translation>
    </message>
    <message>
        <source>Đã bỏ danh xưng &quot;{word}&quot; khỏi họ tên; họ tên ghi nhận là &quot;{name}&quot;.</source>
        <translation>The honorific &quot;{word}&quot; was taken off the name; the name recorded is &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Đã bỏ danh xưng &quot;{word}&quot; khỏi họ tên; họ tên ghi nhận là &quot;{name}&quot;. Giới tính lấy theo danh xưng: {sex}.</source>
        <translation>The honorific &quot;{word}&quot; was taken off the name; the name recorded is &quot;{name}&quot;. Sex taken from the honorific: {sex}.</translation>
    </message>
    <message>
        <source>Danh xưng &quot;{word}&quot; không khớp giới tính &quot;{value}&quot; ghi trong cột; giữ giới tính trong cột, hãy kiểm tra lại.</source>
        <translation>The honorific &quot;{word}&quot; does not match the sex &quot;{value}&quot; in the column; the column is kept, please check.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; được hiểu là để trống (chưa có thông tin). Nếu có thông tin, hãy ghi vào.</source>
        <translation>&quot;{value}&quot; is read as empty (no information yet). Fill it in if you know it.</translation>
    </message>
    <message>
        <source>Ô ngày sinh chứa ngày {date}, thực ra là năm {year} được gõ vào ô định dạng ngày (Excel đổi 1985 thành 07/06/1905); ghi nhận năm sinh {year}. Nên định dạng cột Ngày sinh là Văn bản (Text) rồi gõ lại.</source>
        <translation>The birth cell holds the date {date}, which is really the year {year} typed into a date-formatted cell (Excel turns 1985 into 07/06/1905); birth year {year} is recorded. Format the birth column as Text and type it again.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; không có ngày, tháng; ghi nhận năm sinh {year}.</source>
        <translation>&quot;{value}&quot; has no day or month; birth year {year} is recorded.</translation>
    </message>
    <message>
        <source>Ô có nhiều số điện thoại; giữ số đầu tiên, các số khác ({others}) được ghi vào Ghi chú.</source>
        <translation>The cell holds several phone numbers; the first is kept, the others ({others}) go into the note.</translation>
    </message>
    <message>
        <source>Phần ghi thêm &quot;{extra}&quot; sau số điện thoại được chuyển vào Ghi chú.</source>
        <translation>The remark &quot;{extra}&quot; after the phone number was moved into the note.</translation>
    </message>
    <message>
        <source>Năm sinh {year}: đến {on} người này {age} tuổi, ngoài độ tuổi tham gia Tổ ({min}–{max} tuổi, cài đặt của cơ quan). Hãy kiểm tra lại ngày sinh (có thể gõ nhầm năm).</source>
        <translation>Born {year}: on {on} this person is {age}, outside the age for joining a team ({min}–{max}, an office setting). Check the birth date (the year may be mistyped).</translation>
    </message>
    <message>
        <source>{role} phải từ 18 tuổi trở lên; người này {age} tuổi (năm sinh {year}). Hãy kiểm tra lại ngày sinh hoặc vai trò.</source>
        <translation>A {role} must be 18 or older; this person is {age} (born {year}). Check the birth date or the role.</translation>
    </message>
    <message>
        <source>Phần {part} của họ tên dài {length} ký tự, quá {max} ký tự; hãy kiểm tra lại cột họ tên (có thể dán nhầm nhiều ô vào một ô).</source>
        <translation>The {part} of the name is {length} characters long, more than {max}; check the name column (several cells may have been pasted into one).</translation>
    </message>
    <message>
        <source>họ</source>
        <translation>family name</translation>
    </message>
    <message>
        <source>tên đệm</source>
        <translation>middle name</translation>
    </message>
    <message>
        <source>tên</source>
        <translation>given name</translation>
    </message>
    <message>
        <source>Tên thôn/tổ dân phố dài {length} ký tự, quá {max} ký tự; hãy kiểm tra lại cột thôn.</source>
        <translation>The village name is {length} characters long, more than {max}; check the village column.</translation>
    </message>
    <message>
        <source>Tên thôn/tổ dân phố &quot;{value}&quot; có ký tự không dùng trong tên thôn ({chars}); hãy gõ lại bằng chữ và số.</source>
        <translation>The village name &quot;{value}&quot; has characters a village name cannot hold ({chars}); type it again in letters and digits.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; và &quot;{name}&quot; là cùng một thôn/tổ dân phố; ghi thống nhất là &quot;{name}&quot;.</source>
        <translation>&quot;{value}&quot; and &quot;{name}&quot; are the same village; it is recorded as &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>{name} có trong danh sách người đã thôi tham gia ({why}); khi ghi, {name} thôi tham gia {team} từ ngày {date}.</source>
        <translation>{name} is on the list of people who left ({why}); on saving, {name} leaves {team} on {date}.</translation>
    </message>
    <message>
        <source>Không ghi ngày thôi tham gia; dùng ngày nhập {date}. Nếu biết ngày, hãy ghi vào cột &quot;Ngày thôi&quot; hoặc Ghi chú.</source>
        <translation>No leaving date given; the import date {date} is used. If you know the date, put it in a &quot;Ngày thôi&quot; column or the note.</translation>
    </message>
    <message>
        <source>{name} có trong danh sách người đã thôi tham gia ({why}) nhưng không phải thành viên hiện tại của Tổ nào khớp; dòng này không được nhập.</source>
        <translation>{name} is on the list of people who left ({why}) but is not a current member of a matching team; the row is not imported.</translation>
    </message>
    <message>
        <source>Cột Đã tập huấn ghi &quot;{value}&quot; nhưng chưa chọn khóa tập huấn nên chưa ghi nhận. Hãy chọn khóa tập huấn khi nhập (hoặc ghi tên khóa vào ô).</source>
        <translation>The &quot;Đã tập huấn&quot; column says &quot;{value}&quot; but no course was chosen, so nothing is recorded. Choose a course when importing (or write the course name in the cell).</translation>
    </message>
    <message>
        <source>Ghi nhận đã hoàn thành khóa &quot;{course}&quot;.</source>
        <translation>Recorded as having completed the course &quot;{course}&quot;.</translation>
    </message>
    <message>
        <source>{what}: bổ sung &quot;{new}&quot; (dữ liệu đang để trống).</source>
        <translation>{what}: &quot;{new}&quot; added (nothing was stored).</translation>
    </message>
    <message>
        <source>{what}: dữ liệu đang ghi &quot;{old}&quot;, tệp ghi &quot;{new}&quot;; khi ghi, giá trị của tệp thay giá trị cũ. Nếu tệp ghi sai (hoặc đây là người khác), hãy sửa tệp trước khi ghi.</source>
        <translation>{what}: the stored value is &quot;{old}&quot;, the file says &quot;{new}&quot;; on writing, the file&apos;s value replaces the old one. If the file is wrong (or this is someone else), correct the file before writing.</translation>
    </message>
    <message>
        <source>Ghi nhận là đoàn viên.</source>
        <translation>Recorded as a Youth Union member.</translation>
    </message>
    <message>
        <source>Vai trò trong Tổ đổi từ {old} thành {new}.</source>
        <translation>Role in the team changes from {old} to {new}.</translation>
    </message>
    <message>
        <source>Không có cài đặt &quot;{value}&quot; cho cơ quan.</source>
        <translation>There is no office setting &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>Giá trị &quot;{value}&quot; không dùng được cho cài đặt này (tuổi từ 0 đến 150, tuổi tối thiểu không lớn hơn tuổi tối đa).</source>
        <translation>The value &quot;{value}&quot; cannot be used for this setting (ages from 0 to 150, the minimum not above the maximum).</translation>
    </message>
    <message>
        <source>Đánh dấu cả cột Nam và cột Nữ; chỉ đánh dấu một cột.</source>
        <translation>Both the Male and the Female columns are marked; mark only one.</translation>
    </message>
    <message>
        <source>Đã hủy tạo dữ liệu mẫu; cơ sở dữ liệu không thay đổi.</source>
        <translation>Building the sample data was cancelled; the database is unchanged.</translation>
    </message>
    <message>
        <source>Danh mục đơn vị hành chính chưa có tỉnh/thành phố nào.</source>
        <translation>The administrative-unit catalogue has no province yet.</translation>
    </message>
    <message>
        <source>Không tìm thấy xã/phường nào trong danh mục để tạo dữ liệu mẫu.</source>
        <translation>No commune/ward was found in the catalogue to build sample data for.</translation>
    </message>
    <message>
        <source>Bảng {table} có cột mới {column} mà bộ tạo dữ liệu mẫu chưa biết cách điền.</source>
        <translation>Table {table} has a new column {column} that the sample-data builder cannot fill yet.</translation>
    </message>
    <message>
        <source>Quy mô không hợp lệ: &quot;{scale}&quot; (district, province hoặc national).</source>
        <translation>Invalid scale: &quot;{scale}&quot; (district, province or national).</translation>
    </message>
    <message>
        <source>Danh mục không hợp lệ: &quot;{catalogue}&quot; (2025 hoặc pre2025).</source>
        <translation>Unknown catalogue: &quot;{catalogue}&quot; (2025 or pre2025).</translation>
    </message>
    <message>
        <source>Cơ quan trong cơ sở dữ liệu này dùng danh mục {office}; không tạo dữ liệu mẫu theo danh mục {wanted}. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db).</source>
        <translation>The office in this database uses the {office} catalogue; no demo data is built on the {wanted} catalogue. Use a new database (option --db).</translation>
    </message>
    <message>
        <source>Chưa mở cơ sở dữ liệu.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã có dữ liệu mẫu (quy mô {scale}, seed {seed}); không tạo thêm để tránh trùng lặp. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db).</source>
        <translation>This database already holds sample data (scale {scale}, seed {seed}); none is added, to avoid duplicates. Use a new database (option --db).</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu này đã có dữ liệu (thôn, tổ hoặc thành viên); dữ liệu mẫu chỉ được tạo trên cơ sở dữ liệu chưa có dữ liệu. Hãy dùng một cơ sở dữ liệu mới (tùy chọn --db).</source>
        <translation>This database already holds data (villages, teams or members); sample data is only built in a database without data. Use a new database (option --db).</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source> (bản đóng gói)</source>
        <extracomment>Set to &quot;gui&quot; (an error in the event loop), &quot;thread&quot; (in a plain thread) or &quot;fault&quot; (a hard crash) to try the handler on a real window; nothing else reads it.</extracomment>
        <translation> (packaged build)</translation>
    </message>
    <message>
        <source>Thời điểm: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>Hệ điều hành: %1</source>
        <translation>Operating system: %1</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Thư mục dữ liệu: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>Luồng: %1</source>
        <translation>Thread: %1</translation>
    </message>
    <message>
        <source>Lỗi:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Nhật ký gần nhất:</source>
        <translation>Latest log lines:</translation>
    </message>
    <message>
        <source>Lỗi không mong đợi</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Lần trước phần mềm đã dừng đột ngột. Dữ liệu đã lưu trước lúc đó vẫn an toàn; việc đang làm dở có thể chưa được lưu, hãy kiểm tra lại.</source>
        <translation>The application stopped abruptly last time. Data saved before then is safe; work in progress may not have been saved, please check it.</translation>
    </message>
    <message>
        <source>Phần mềm gặp một lỗi không mong đợi. Dữ liệu đã lưu vẫn an toàn; việc vừa làm có thể chưa được lưu, hãy kiểm tra lại.</source>
        <translation>The application met an unexpected error. Saved data is safe; what you just did may not have been saved, please check it.</translation>
    </message>
    <message>
        <source>Hãy bấm &quot;Lưu báo cáo&quot; (hoặc &quot;Chép&quot; rồi dán vào thư) và gửi cho người hỗ trợ kỹ thuật, kèm một câu: bạn vừa làm gì.</source>
        <translation>Press &quot;Save report&quot; (or &quot;Copy&quot; and paste it into an email) and send it to technical support, with one sentence: what you were doing.</translation>
    </message>
    <message>
        <source>Báo cáo đã được lưu sẵn tại: %1</source>
        <translation>The report has already been saved to: %1</translation>
    </message>
    <message>
        <source>Chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Lưu báo cáo…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Tiếp tục làm việc</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <source>Thoát phần mềm</source>
        <translation>Quit the application</translation>
    </message>
    <message>
        <source>Đã chép báo cáo; dán vào thư hoặc tin nhắn.</source>
        <translation>Report copied; paste it into an email or a message.</translation>
    </message>
    <message>
        <source>Lưu báo cáo lỗi</source>
        <translation>Save the error report</translation>
    </message>
    <message>
        <source>Tệp văn bản (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Không lưu được %1: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>Lần chạy trước dừng đột ngột:</source>
        <translation>The previous run stopped abruptly:</translation>
    </message>
</context>
<context>
    <name>decisions</name>
    <message>
        <source>Lập dự thảo quyết định</source>
        <translation>Draft a decision</translation>
    </message>
    <message>
        <source>%1 chưa có Tổ CNSCĐ nào.</source>
        <translation>%1 has no community digital technology team yet.</translation>
    </message>
    <message>
        <source>Sửa dự thảo quyết định</source>
        <translation>Edit draft decision</translation>
    </message>
    <message>
        <source>Ban hành quyết định</source>
        <translation>Issue the decision</translation>
    </message>
    <message>
        <source>%1 đã được ban hành.</source>
        <translation>%1 has already been issued.</translation>
    </message>
    <message>
        <source>Xóa dự thảo</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Xóa dự thảo &quot;%1&quot;? Không khôi phục được.</source>
        <translation>Delete the draft &quot;%1&quot;? It cannot be restored.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Mở bằng trình xem PDF</source>
        <translation>Open in the PDF viewer</translation>
    </message>
    <message>
        <source>Máy chưa có chương trình xem PDF. Tệp đã được lưu tạm ở:
%1</source>
        <translation>No PDF viewer is installed. The file was saved temporarily at:
%1</translation>
    </message>
    <message>
        <source>Lưu quyết định thành</source>
        <translation>Save the decision as</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>In quyết định của các Tổ trong xã</source>
        <translation>Print the decisions of the commune&apos;s teams</translation>
    </message>
    <message>
        <source>Đang xuất quyết định của %1 Tổ…</source>
        <translation>Exporting the decisions of %1 teams…</translation>
    </message>
    <message>
        <source>Đã ghi quyết định của %1 Tổ vào tệp:
%2</source>
        <translation>Wrote the decisions of %1 teams to the file:
%2</translation>
    </message>
    <message>
        <source>Đã ghi %1 tệp PDF vào thư mục:
%2</source>
        <translation>Wrote %1 PDF files to the folder:
%2</translation>
    </message>
    <message>
        <source>Mở thư mục?</source>
        <translation>Open the folder?</translation>
    </message>
    <message>
        <source>Đã xuất xong</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Đã dừng xuất quyết định; tệp chung chưa được tạo.</source>
        <translation>Export stopped; the combined file was not created.</translation>
    </message>
    <message>
        <source>Đã dừng xuất quyết định. Các tệp đã ghi trước khi dừng vẫn còn trong thư mục.</source>
        <translation>Export stopped. The files written before stopping are still in the folder.</translation>
    </message>
    <message>
        <source>Đã dừng</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Không xuất được quyết định</source>
        <translation>Could not export the decisions</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Đã xảy ra lỗi không mong đợi: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Bảng tính (*.xlsx *.xls *.xlsm *.ods)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.xlsm *.ods)</translation>
    </message>
    <message>
        <source>Tất cả các tệp (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Dự kiến</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Đang hoạt động</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Đã giải thể</source>
        <translation>Dissolved</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Kết hợp</source>
        <translation>Blended</translation>
    </message>
    <message>
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Hoàn thành</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Không đạt</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Vắng</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>%1 ngày %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Dự thảo %1</source>
        <translation>Draft %1</translation>
    </message>
    <message>
        <source>Tổ trưởng</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Tổ phó</source>
        <translation>Deputy leader</translation>
    </message>
    <message>
        <source>Thành viên</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Thành lập</source>
        <translation>Establishment</translation>
    </message>
    <message>
        <source>Kiện toàn</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Giải thể</source>
        <translation>Dissolution</translation>
    </message>
    <message>
        <source>Dự thảo</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Đã ban hành</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Bị thay thế</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Đã hủy</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Dự thảo quyết định</source>
        <translation>Draft decision</translation>
    </message>
    <message>
        <source>Quyết định số %1 ngày %2</source>
        <translation>Decision No. %1 of %2</translation>
    </message>
    <message>
        <source>Quyết định số %1</source>
        <translation>Decision No. %1</translation>
    </message>
</context>
<context>
    <name>msgbox</name>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Cảnh báo</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Cán bộ nhập liệu</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Chỉ xem</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>Làm được mọi việc, kể cả quản lý người dùng, sao lưu và khôi phục.</source>
        <translation>Can do everything, including managing users, backups and restores.</translation>
    </message>
    <message>
        <source>Nhập và sửa dữ liệu của đơn vị được giao và các đơn vị trực thuộc.</source>
        <translation>Enters and edits the data of the assigned unit and the units under it.</translation>
    </message>
    <message>
        <source>Chỉ xem và xuất báo cáo, không sửa được gì.</source>
        <translation>Views and exports reports only; cannot change anything.</translation>
    </message>
    <message>
        <source>Đã khoá</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Tạm khoá đến %1 (nhập sai mật khẩu)</source>
        <translation>Locked until %1 (wrong passwords)</translation>
    </message>
    <message>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>dd/mm/yyyy hoặc năm</source>
        <translation>dd/mm/yyyy or a year</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
</TS>
