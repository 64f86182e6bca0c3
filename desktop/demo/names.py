"""Name data for the demo builder (``desktop.demo``): people, villages, organisations.

Plain tables, no logic. Weights are relative (they need not sum to 100). Sources: the
family-name shares and the mountain-province family names of ``domain.md`` §6; the
ethnic mixes are rounded from the 2019 census shares of each (pre-2025, 63-province) province;
the minority names follow the naming customs described there (Tày/Nùng names are
Sino-Vietnamese with Văn/Thị; H'Mông men often carry "A", "Seo" or "Mí"; Ê Đê names are a
personal name prefixed "Y" (men) or "H'" (women) followed by the clan; Gia Rai names start
with the clan; Khmer names keep a Khmer given name after a Vietnamese-style family name).
Every string is NFC.
"""
from __future__ import annotations

# --- Kinh (Vietnamese) names ------------------------------------------------------------------

# domain.md §6. "Hoàng/Huỳnh" and "Vũ/Võ" are split by region in the builder.
KINH_FAMILY = [
    ("Nguyễn", 38.4), ("Trần", 12.1), ("Lê", 9.5), ("Phạm", 7.0), ("Hoàng", 5.1),
    ("Phan", 4.5), ("Vũ", 3.9), ("Đặng", 2.1), ("Bùi", 2.0), ("Đỗ", 1.4), ("Hồ", 1.3),
    ("Ngô", 1.3), ("Dương", 1.0), ("Lý", 0.5),
    # "the rest spread thin": 9.9 % over these
    ("Đào", 0.7), ("Đoàn", 0.7), ("Trịnh", 0.6), ("Trương", 0.6), ("Đinh", 0.6),
    ("Lâm", 0.4), ("Mai", 0.4), ("Phùng", 0.3), ("Tô", 0.3), ("Hà", 0.4), ("Tạ", 0.3),
    ("Lương", 0.3), ("Cao", 0.4), ("Chu", 0.2), ("Vương", 0.2), ("Kiều", 0.15),
    ("Lưu", 0.25), ("Quách", 0.15), ("Thái", 0.15), ("Châu", 0.15), ("Triệu", 0.15),
    ("Lại", 0.15), ("Tăng", 0.1), ("Giang", 0.1), ("Mạc", 0.1), ("Nghiêm", 0.1),
    ("Kim", 0.1), ("Thân", 0.1), ("Tôn", 0.1), ("Khổng", 0.05), ("Hứa", 0.1),
    ("Diệp", 0.05), ("La", 0.1), ("Từ", 0.1), ("Cù", 0.05), ("Đàm", 0.1), ("Ninh", 0.05),
    ("Bạch", 0.05), ("Lã", 0.05), ("Tống", 0.1), ("Doãn", 0.1), ("Phí", 0.05),
    ("Khúc", 0.05), ("Âu", 0.05), ("Văn", 0.05), ("Ông", 0.05), ("Hàn", 0.05),
]

# Middle names. Văn and Thị dominate rural rosters; younger people get them less often
# (the builder halves their weight for people born from 1990).
KINH_MIDDLE_MALE = [
    ("Văn", 46), ("Đức", 7), ("Minh", 7), ("Hữu", 5), ("Quốc", 4), ("Thanh", 4),
    ("Công", 4), ("Quang", 4), ("Xuân", 3), ("Ngọc", 3), ("Đình", 3), ("Mạnh", 2),
    ("Anh", 2), ("Tuấn", 2), ("Thế", 2), ("Trọng", 2), ("Hoàng", 2), ("Duy", 2),
    ("Bá", 1), ("Trung", 1), ("Tiến", 1), ("Khánh", 1), ("Gia", 1), ("Thành", 1),
    ("Việt", 1), ("Hải", 1), ("Nhật", 1), ("Phúc", 1), ("Kim", 0.5), ("Sỹ", 0.5),
]
KINH_MIDDLE_FEMALE = [
    ("Thị", 55), ("Ngọc", 7), ("Thu", 5), ("Thanh", 5), ("Kim", 3), ("Minh", 3),
    ("Phương", 3), ("Hồng", 3), ("Thùy", 3), ("Mỹ", 2), ("Bích", 2), ("Hoài", 2),
    ("Khánh", 2), ("Mai", 2), ("Diệu", 1), ("Hải", 1), ("Lan", 1), ("Như", 1),
    ("Quỳnh", 1), ("Bảo", 1), ("Tuyết", 1), ("Hà", 1), ("Cẩm", 1), ("Thúy", 1),
    ("Huyền", 0.5), ("Ánh", 0.5),
]
# A second middle name, placed after the first ("Thị Thu", "Văn Minh", "Ngọc Bảo").
KINH_SECOND_MIDDLE_MALE = ["Minh", "Đức", "Quang", "Hoàng", "Anh", "Gia", "Bảo", "Hữu"]
KINH_SECOND_MIDDLE_FEMALE = ["Thu", "Minh", "Ngọc", "Thanh", "Bảo", "Khánh", "Hồng", "Mai"]

# Given names with every tone (ngang, huyền, hỏi, ngã, sắc, nặng) and both tone placements
# ("Hòa"/"Hoà", "Thủy"/"Thuỷ", "Thúy"/"Thuý") as they occur on real rosters.
KINH_GIVEN_MALE = [
    ("An", 3), ("Anh", 5), ("Bảo", 2), ("Bình", 4), ("Cường", 4), ("Chiến", 3),
    ("Công", 2), ("Dũng", 5), ("Duy", 2), ("Dương", 2), ("Đạt", 3), ("Đức", 4),
    ("Giang", 2), ("Hải", 5), ("Hào", 1), ("Hiếu", 3), ("Hòa", 2), ("Hoà", 1),
    ("Hoàng", 3), ("Hùng", 5), ("Huy", 4), ("Hưng", 4), ("Khải", 1), ("Khánh", 2),
    ("Khoa", 2), ("Kiên", 2), ("Lâm", 2), ("Linh", 2), ("Long", 4), ("Lộc", 2),
    ("Lợi", 2), ("Mạnh", 3), ("Minh", 5), ("Nam", 5), ("Nghĩa", 3), ("Ngọc", 1),
    ("Nhân", 2), ("Phong", 3), ("Phú", 2), ("Phúc", 2), ("Quân", 3), ("Quang", 3),
    ("Quý", 2), ("Sơn", 5), ("Tài", 2), ("Tâm", 2), ("Thắng", 4), ("Thành", 5),
    ("Thiện", 1), ("Thịnh", 2), ("Thuận", 2), ("Tiến", 3), ("Toàn", 3), ("Trí", 1),
    ("Trọng", 2), ("Trung", 4), ("Tú", 2), ("Tuấn", 5), ("Tùng", 3), ("Việt", 2),
    ("Vinh", 3), ("Vĩnh", 1), ("Vũ", 2), ("Kỷ", 0.5), ("Sỹ", 1), ("Hữu", 0.5),
    ("Thủy", 0.5), ("Chương", 1), ("Định", 1), ("Hiển", 1), ("Hậu", 1), ("Khiêm", 1),
    ("Lực", 1), ("Nhật", 1), ("Quyết", 1), ("Tuyến", 1), ("Uy", 0.5), ("Ước", 0.3),
    ("Ẩn", 0.2), ("Ổn", 0.2), ("Yên", 0.5), ("Đông", 1), ("Đoàn", 0.5), ("Ân", 0.5),
]
KINH_GIVEN_FEMALE = [
    ("An", 2), ("Anh", 4), ("Ánh", 2), ("Bích", 1), ("Chi", 2), ("Chinh", 1),
    ("Dung", 4), ("Duyên", 3), ("Giang", 3), ("Hà", 5), ("Hải", 1), ("Hạnh", 4),
    ("Hằng", 5), ("Hiền", 4), ("Hoa", 5), ("Hòa", 2), ("Hoà", 1), ("Hồng", 3),
    ("Huệ", 3), ("Hương", 6), ("Hường", 2), ("Huyền", 4), ("Lan", 5), ("Liên", 3),
    ("Linh", 5), ("Loan", 3), ("Mai", 5), ("Minh", 1), ("My", 2), ("Mỹ", 1), ("Nga", 4),
    ("Ngân", 3), ("Ngọc", 3), ("Nguyệt", 2), ("Nhung", 4), ("Oanh", 2), ("Phương", 5),
    ("Phượng", 2), ("Quỳnh", 3), ("Tâm", 2), ("Thảo", 5), ("Thơm", 1), ("Thu", 4),
    ("Thúy", 2), ("Thuý", 1), ("Thủy", 3), ("Thuỷ", 1), ("Trang", 6), ("Tuyết", 2),
    ("Uyên", 2), ("Vân", 3), ("Xuân", 3), ("Yến", 4), ("Lý", 1), ("Nữ", 0.5),
    ("Ngà", 1), ("Nhã", 0.5), ("Diễm", 1), ("Hảo", 1), ("Thắm", 1), ("Lụa", 0.5),
    ("Ước", 0.2), ("Ơn", 0.2), ("Ửng", 0.1), ("Ly", 1), ("Vy", 1), ("Ngoan", 1),
]

# --- Minority names ---------------------------------------------------------------------------

# domain.md §6: "Hoàng, Nông, Lương, Vi, Lăng, Hà, Triệu, Hứa, Chu, Lộc, Mông, Lục, Đàm, Sầm,
# Lường are common" in Lạng Sơn and Cao Bằng.
TAY_FAMILY = [
    ("Hoàng", 22), ("Nông", 14), ("Lương", 7), ("Vi", 5), ("Lăng", 4), ("Hà", 6),
    ("Triệu", 4), ("Hứa", 3), ("Chu", 3), ("Lộc", 4), ("Mông", 2), ("Lục", 3),
    ("Đàm", 3), ("Sầm", 2), ("Lường", 1), ("Ma", 3), ("Lý", 3), ("Nguyễn", 5),
    ("Lê", 2), ("Dương", 2), ("Vy", 2), ("Bế", 3), ("Đinh", 1), ("Lâm", 2),
]
NUNG_FAMILY = [
    ("Hoàng", 20), ("Nông", 10), ("Lương", 7), ("Vi", 6), ("Lăng", 5), ("Lý", 7),
    ("Hứa", 5), ("Chu", 5), ("Mã", 4), ("Dương", 4), ("Lục", 4), ("Triệu", 3),
    ("Linh", 3), ("Mông", 3), ("Nịnh", 2), ("Lộc", 3), ("Đàm", 2), ("Sầm", 2),
    ("Hà", 3), ("Vy", 2), ("Lô", 1), ("Nguyễn", 2),
]
TAY_NUNG_GIVEN_MALE = [
    ("Páo", 0.5), ("Sáng", 1), ("Hùng", 3), ("Dũng", 3), ("Thắng", 3), ("Minh", 2),
    ("Thành", 3), ("Cường", 2), ("Hải", 2), ("Tuấn", 2), ("Lợi", 2), ("Chiến", 2),
    ("Quyết", 2), ("Sơn", 3), ("Vượng", 1), ("Thịnh", 1), ("Tỉnh", 1), ("Nghiệm", 1),
    ("Hoạt", 1), ("Dầu", 0.5), ("Lành", 1), ("Mạnh", 2), ("Pằn", 0.5), ("Slao", 0.3),
    ("Quân", 2), ("Đức", 2), ("Bình", 2), ("Luân", 1), ("Tình", 1), ("Phúc", 1),
]
TAY_NUNG_GIVEN_FEMALE = [
    ("Dung", 2), ("Hoa", 3), ("Huệ", 2), ("Hương", 3), ("Lan", 3), ("Liên", 2),
    ("Lìu", 0.5), ("Mai", 3), ("Nhung", 2), ("Nga", 2), ("Phương", 2), ("Thảo", 2),
    ("Thoa", 1), ("Thơm", 1), ("Thúy", 2), ("Tuyết", 1), ("Vân", 2), ("Xuân", 2),
    ("Yến", 2), ("Hằng", 2), ("Lượt", 0.5), ("Dịu", 0.5), ("Sâm", 0.5), ("Hiền", 2),
    ("Hạnh", 2), ("Ngân", 1), ("Trang", 2), ("Quyên", 1),
]

DAO_FAMILY = [
    ("Triệu", 35), ("Bàn", 25), ("Đặng", 15), ("Lý", 10), ("Phùng", 6), ("Chảo", 5),
    ("Tẩn", 4),
]
DAO_MIDDLE_MALE = [("Văn", 40), ("Tài", 25), ("Quầy", 10), ("Phụ", 8), ("Kim", 7), ("Sành", 5)]
DAO_MIDDLE_FEMALE = [("Thị", 60), ("Mùi", 20), ("Mẩy", 10), ("Kiều", 5), ("Tả", 5)]
DAO_GIVEN_MALE = [
    ("Vần", 2), ("Quẩy", 2), ("Chòi", 1), ("Phin", 2), ("Lở", 1), ("Sinh", 2),
    ("Chàn", 1), ("Quyên", 1), ("Tiến", 2), ("Hưng", 2), ("Dín", 1), ("Liều", 1),
    ("Pham", 1), ("Dảo", 1), ("Quý", 1), ("Chương", 1), ("Kiềm", 1),
]
DAO_GIVEN_FEMALE = [
    ("Mùi", 2), ("Mẩy", 2), ("Dung", 2), ("Phương", 1), ("Sếnh", 1), ("Lìn", 1),
    ("Chạn", 1), ("Nhất", 1), ("Xuân", 1), ("Hoa", 1), ("Lai", 1), ("Vân", 1),
]

HMONG_FAMILY = [
    ("Giàng", 18), ("Vàng", 17), ("Sùng", 12), ("Thào", 10), ("Lù", 8), ("Ly", 8),
    ("Hầu", 6), ("Mua", 5), ("Lầu", 5), ("Vừ", 5), ("Hờ", 3), ("Sình", 3), ("Cứ", 2),
]
HMONG_MIDDLE_MALE = [("A", 35), ("Seo", 20), ("Mí", 15), ("Văn", 20), ("Chẩn", 5), ("Sáy", 5)]
HMONG_MIDDLE_FEMALE = [("Thị", 90), ("Mỷ", 5), ("Sở", 5)]
HMONG_GIVEN_MALE = [
    ("Páo", 2), ("Chứ", 2), ("Sính", 2), ("Dình", 1), ("Lử", 1), ("Vả", 1), ("Chá", 1),
    ("Sử", 1), ("Tủa", 1), ("Dế", 1), ("Chống", 1), ("Pó", 1), ("Chư", 1), ("Sình", 1),
    ("Nhè", 1), ("Chô", 1), ("Dìa", 1), ("Thề", 1), ("Lềnh", 1), ("Xá", 1), ("Phừ", 1),
]
HMONG_GIVEN_FEMALE = [
    ("Mỷ", 2), ("Dợ", 1), ("Chở", 1), ("Súa", 1), ("Dua", 1), ("Sua", 1), ("Mai", 1),
    ("Dung", 1), ("Mua", 1), ("Pằng", 1), ("Xúa", 1), ("Chía", 1), ("Máy", 1), ("Sim", 1),
    ("Dở", 1), ("Pà", 1), ("Lan", 1),
]

SAN_CHAY_FAMILY = [("La", 20), ("Hoàng", 15), ("Lâm", 12), ("Trần", 10), ("Lưu", 10),
                   ("Đỗ", 8), ("Ninh", 8), ("Nịnh", 5), ("Dương", 6), ("Chu", 6)]

THAI_FAMILY = [
    ("Lò", 20), ("Lường", 15), ("Quàng", 10), ("Cầm", 10), ("Tòng", 8), ("Điêu", 5),
    ("Hà", 8), ("Vì", 6), ("Lềm", 4), ("Khoàng", 3), ("Sầm", 3), ("Lừ", 3), ("Mè", 2),
    ("Bạc", 3),
]
THAI_GIVEN_MALE = [
    ("Tiến", 2), ("Chiêng", 1), ("Phóng", 1), ("Xuân", 1), ("Thoại", 1), ("Pánh", 1),
    ("Khăm", 1), ("Xôm", 1), ("Hương", 1), ("Chăm", 1), ("Doan", 1), ("Phong", 1),
    ("Sơn", 2), ("Quyết", 1), ("Thương", 1), ("Ngoan", 1), ("Ỏn", 0.5), ("Piệng", 0.5),
    ("Hặc", 0.5), ("Lả", 0.5), ("Ính", 0.5),
]
THAI_GIVEN_FEMALE = [
    ("Ón", 1), ("Ín", 1), ("Xuân", 1), ("Ngoan", 1), ("Hoa", 1), ("Pỏm", 1),
    ("Xiêng", 1), ("Ẻn", 1), ("Kim", 1), ("Phương", 1), ("Thoa", 1), ("Ọn", 1),
    ("Bun", 1), ("Khăm", 1), ("Hương", 1), ("Lả", 1),
]

MUONG_FAMILY = [("Bùi", 35), ("Đinh", 25), ("Quách", 8), ("Hà", 10), ("Xa", 5),
                ("Nguyễn", 5), ("Cao", 4), ("Kiều", 3), ("Bạch", 3), ("Hoàng", 2)]

# Ê Đê: "Y" (men) / "H'" (women) + personal name + clan.
EDE_GIVEN_MALE = [
    "Bhim", "Jut", "Thuyên", "Ngông", "Khu", "Wang", "Moan", "Sơn", "Bliêng", "Thông",
    "Nuê", "Kri", "Blô", "Khăp", "Dhăm", "Rít", "Hiêng", "Tlam", "Ju", "Bi",
]
EDE_GIVEN_FEMALE = [
    "Hen", "Ly", "Vy", "Xuân", "Ngăm", "Bia", "Linh", "Loan", "Nguyệt", "Ruth", "Yam",
    "Mai", "Zim", "Rim", "Điên", "Kđruê", "Blin", "Hiên",
]
EDE_CLAN = [
    ("Niê", 12), ("Êban", 10), ("Mlô", 7), ("Ayun", 6), ("Buôn Krông", 5), ("Byă", 5),
    ("Kbuôr", 4), ("Ktla", 4), ("Adrơng", 4), ("Hđơk", 4), ("Knul", 3), ("Ênuôl", 3),
    ("Kpă", 3), ("Hmok", 2), ("Buôn Yă", 2), ("Niê Kdăm", 2), ("Ksơr", 2), ("Mjâo", 2),
]

# Gia Rai: clan + personal name; women often "H'" or "Y" before the personal name.
GIARAI_CLAN = [
    ("Ksor", 15), ("Rơ Mah", 12), ("Rơ Châm", 8), ("Siu", 12), ("Nay", 10), ("Kpă", 8),
    ("Puih", 6), ("Rah Lan", 5), ("Rcom", 4), ("Rơ Lan", 4), ("Đinh", 3),
]
GIARAI_GIVEN_MALE = [
    "Phước", "Blin", "Đen", "Chung", "Tuấn", "Hyên", "Jơ", "Nhơn", "Kông", "Thương",
    "Yoan", "Dũng", "Tơ", "Hlin", "Lơ", "Khôi", "Luân", "Ngai", "Thuân", "Hiếu",
]
GIARAI_GIVEN_FEMALE = [
    "Bơ", "Mai", "Thiên", "Hoa", "Lan", "Nhi", "Xuân", "Hyen", "Bang", "Pen", "Kim",
    "Thu", "Wih", "Hơ", "Jâo", "Nguyên",
]

# Ba Na (Kon Tum style: "A" for men, "Y" for women; Gia Lai style: "Đinh Văn/Thị ...").
BANA_GIVEN_MALE = ["Thut", "Mưng", "Dũng", "Blúi", "Hlúp", "Nhong", "Krung", "Đứp", "Hơn",
                   "Pher", "Byưh", "Hyum", "Khâm", "Lưới", "Tuân"]
BANA_GIVEN_FEMALE = ["Vân", "Hiền", "Blơn", "Hlinh", "Nghiêm", "Phước", "Đim", "Hmiah",
                     "Ngơ", "Pưh", "Bích", "Loan", "Khuyên"]

# M'Nông.
MNONG_GIVEN_MALE = ["K'Nai", "Ngơn", "Xuân", "Sỹ", "Tâm", "Brai", "Điêu", "K'Lơ", "Glin"]
MNONG_GIVEN_FEMALE = ["Sương", "Giang", "Hiên", "Ngâm", "Hương", "Bri", "K'Ruôt", "Thu"]
MNONG_CLAN = ["Bon", "Ja", "Nđơr", "Bing", "Mlô"]

# Cơ Ho (Lâm Đồng): men "K'<name>", women "Ka <name>"; some with the clan first.
COHO_CLAN = ["Liêng Hót", "Kơ Să", "Cil", "Bon Niêng", "Đa Cát", "Rơ Ông", "Bon Đơng", "Lơ Mu"]
COHO_GIVEN_MALE = ["Sớ", "Brơi", "Điệu", "Broh", "Ha Ju", "Plin", "Brêu", "Tiếu", "Dòng"]
COHO_GIVEN_FEMALE = ["Huyền", "Phin", "Ngọc", "Thủy", "Hương", "Đim", "Brai", "Liên"]

# Khmer (Mekong).
KHMER_FAMILY_MALE = [("Thạch", 25), ("Danh", 20), ("Kim", 10), ("Sơn", 12), ("Lâm", 8),
                     ("Chau", 10), ("Lý", 5), ("Trần", 5), ("Huỳnh", 3), ("Dương", 2)]
KHMER_FAMILY_FEMALE = [("Thạch", 25), ("Danh", 18), ("Kim", 10), ("Sơn", 12), ("Lâm", 8),
                       ("Néang", 8), ("Lý", 5), ("Trần", 5), ("Huỳnh", 3), ("Dương", 2)]
KHMER_GIVEN_MALE = [
    "Sang", "Sô Phên", "Sóc Kha", "Rát", "Sên", "Pho", "Cheng", "Đa Ra", "Na", "Sa Rinh",
    "Thươl", "Sóc Thươl", "Sà Rết", "Sơ Phanh", "Ngọc Minh", "Hùng", "Chanh Thu", "Khanh",
]
KHMER_GIVEN_FEMALE = [
    "Sa Ri", "Sa Rươne", "Chanh Đa", "Phol", "Sà Phia", "Mơ", "Ni", "Sóc Khum", "Sa Vanh",
    "Sô Phi", "Sa Ly", "Sóc Na", "Kim Lên", "Ra Ny", "Đa Ni",
]

# Chăm (Ninh Thuận, Bình Thuận, An Giang).
CHAM_FAMILY = [("Đàng", 20), ("Quảng", 12), ("Thập", 10), ("Châu", 8), ("Bá", 8),
               ("Lưu", 8), ("Thành", 6), ("Trượng", 5), ("Báo", 4), ("Phú", 5), ("Thuận", 4)]
CHAM_MIDDLE_MALE = [("Văn", 50), ("Năng", 15), ("Đại", 10), ("Minh", 10), ("Ngọc", 5)]

# --- Ethnic mix per (pre-2025) province code ------------------------------------------------
# Codes are the 63-province codes; a post-2025 commune is mapped to the old province that
# most of it came from (commune_mapping_pre2025_to_post2025.csv). Missing codes: all Kinh.

ETHNIC_MIX: dict[str, list[tuple[str, float]]] = {
    "02": [("hmong", 33), ("tay", 24), ("dao", 16), ("kinh", 14), ("nung", 10), ("san_chay", 3)],
    "04": [("tay", 40), ("nung", 31), ("hmong", 10), ("dao", 10), ("kinh", 6), ("san_chay", 3)],
    "06": [("tay", 53), ("dao", 17), ("kinh", 14), ("nung", 10), ("hmong", 6)],
    "08": [("kinh", 45), ("tay", 26), ("dao", 12), ("san_chay", 8), ("hmong", 5), ("nung", 4)],
    "10": [("kinh", 35), ("hmong", 25), ("tay", 15), ("dao", 14), ("nung", 4), ("thai", 4)],
    "11": [("thai", 38), ("hmong", 35), ("kinh", 20), ("dao", 4)],
    "12": [("hmong", 40), ("thai", 33), ("kinh", 14), ("dao", 13)],
    "14": [("thai", 53), ("kinh", 17), ("hmong", 16), ("muong", 8), ("dao", 3)],
    "15": [("kinh", 50), ("tay", 19), ("dao", 10), ("hmong", 10), ("thai", 6), ("muong", 5)],
    "17": [("muong", 63), ("kinh", 28), ("thai", 4), ("tay", 3), ("dao", 2)],
    "19": [("kinh", 75), ("tay", 11), ("nung", 6), ("san_chay", 4), ("dao", 2)],
    "20": [("nung", 42), ("tay", 35), ("kinh", 16), ("dao", 4), ("san_chay", 2), ("hmong", 1)],
    "22": [("kinh", 88), ("dao", 5), ("tay", 4), ("san_chay", 3)],
    "24": [("kinh", 87), ("nung", 5), ("tay", 4), ("san_chay", 2), ("dao", 1)],
    "25": [("kinh", 85), ("muong", 14), ("dao", 1)],
    "38": [("kinh", 83), ("muong", 9), ("thai", 6), ("hmong", 1)],
    "40": [("kinh", 86), ("thai", 10), ("hmong", 2)],
    "58": [("kinh", 77), ("cham", 12)],
    "60": [("kinh", 95), ("cham", 2)],
    "62": [("kinh", 45), ("bana", 35), ("giarai", 10)],
    "64": [("kinh", 52), ("giarai", 33), ("bana", 14)],
    "66": [("kinh", 65), ("ede", 18), ("nung", 3), ("tay", 3), ("mnong", 3), ("giarai", 2),
           ("hmong", 1)],
    "67": [("kinh", 65), ("mnong", 10), ("nung", 6), ("tay", 5), ("hmong", 5), ("ede", 3)],
    "68": [("kinh", 75), ("coho", 15)],
    "70": [("kinh", 85), ("mnong", 5), ("khmer", 2), ("tay", 2), ("nung", 2)],
    "84": [("kinh", 67), ("khmer", 32)],
    "94": [("kinh", 64), ("khmer", 30)],
    "89": [("kinh", 94), ("khmer", 4), ("cham", 1)],
    "91": [("kinh", 84), ("khmer", 12)],
    "95": [("kinh", 89), ("khmer", 8)],
    "96": [("kinh", 97), ("khmer", 2)],
    "93": [("kinh", 97), ("khmer", 3)],
    "86": [("kinh", 98), ("khmer", 2)],
    "92": [("kinh", 98), ("khmer", 2)],
}

# The label clerks type in "Dân tộc".
ETHNICITY_LABEL = {
    "kinh": "Kinh", "tay": "Tày", "nung": "Nùng", "dao": "Dao", "hmong": "H'Mông",
    "san_chay": "Sán Chay", "thai": "Thái", "muong": "Mường", "ede": "Ê Đê",
    "giarai": "Gia Rai", "bana": "Ba Na", "mnong": "M'Nông", "coho": "Cơ Ho",
    "khmer": "Khmer", "cham": "Chăm",
}

# --- Villages ---------------------------------------------------------------------------------

# Tày/Nùng place names (Lạng Sơn, Cao Bằng, Bắc Kạn, Hà Giang, Tuyên Quang, Thái Nguyên).
TAY_PLACE_FIRST = [
    "Nà", "Khòn", "Bản", "Pác", "Khuổi", "Bó", "Nặm", "Phai", "Lũng", "Cốc", "Pò", "Kéo",
    "Khau", "Pắc", "Còn", "Tà", "Co", "Khưa", "Hang", "Nà", "Bản", "Nà",
]
TAY_PLACE_SECOND = [
    "Sla", "Pạt", "Cắm", "Luồng", "Lải", "Mò", "Hin", "Pàn", "Slằng", "Thẩu", "Rằng",
    "Phầy", "Mạ", "Tèo", "Vài", "Tấu", "Quang", "Ngần", "Khoang", "Nưa", "Cháo", "Mới",
    "Làng", "Lạn", "Pheo", "Cưởm", "Phường", "Đon", "Sliến", "Nghiều", "Chang", "Nhùng",
    "Mu", "Kham", "Slặp", "Riềng", "Coóc", "Pục", "Mạ", "Lùng", "Cải", "Pán", "Rọ", "Ưởng",
]
# Thái / H'Mông place names (north-west).
NW_PLACE_FIRST = [
    "Huổi", "Nậm", "Phiêng", "Pá", "Na", "Hua", "Co", "Púng", "Nà", "Mường", "Sín", "Tả",
    "Lùng", "Háng", "Pa", "Xá", "Hồng", "Kéo", "Bó", "Tà",
]
NW_PLACE_SECOND = [
    "Lèng", "Cáy", "Cằm", "Khoang", "Phăng", "Pe", "Chải", "Phìn", "Sáng", "Hin", "Ún",
    "Bon", "Tấu", "Lứu", "Mòn", "Luông", "Nọi", "Khum", "Vai", "Ten", "Mạ", "Pục",
    "Lếch", "Chà", "Xa", "Ngoại", "Chua", "Lìu", "Sảng", "Củ",
]
# Central Highlands: Ê Đê "Buôn", Gia Rai / Ba Na "Làng" ("Plei", "Kon" are part of names).
BUON_NAMES = [
    "Ako Dhông", "Ky", "Trấp", "Kô Sir", "Tơng Jũ", "Ea Bar", "Sút M'đưng", "Ê Kia",
    "Cư Bông", "Hra Ea Hning", "Kmrơng Prông", "Dhăm", "Pơng Drang", "Kram", "Êga", "Jù",
    "Ea Kmar", "M'Liêng", "Ea Knốp", "Tring", "Kbu", "Ea Sar", "Cuôr Đăng", "Ea Tul",
]
LANG_NAMES = [
    "Plei Ốp", "Ia Nueng", "Kon Klor", "Kon Hring", "Plei Kép", "Plei Ngol", "Đê Kjiêng",
    "Kép Ring", "Ia Lang", "Plei Bông", "Kon Jơ Dri", "Đăk Wơk", "Đăk Rơ Wa", "Ia Mút",
    "Plei Tông Ó", "Kon Tu", "Đăk Tơ Kan", "Plei Rơng", "Ia Pết", "Kon Mơ Nay",
]
COHO_VILLAGE_NAMES = ["Bon Đơng", "Đạ Nghịt", "K'Long", "B'Nơ", "Păng Tiêng", "Đarahoa",
                      "Liêng Trang", "Đạ Chais", "K'Răng Gọ", "Bon Dơng"]
# Khmer ấp (Mekong).
KHMER_AP_NAMES = [
    "Sóc Xoài", "Prey Chóp", "Tà Ong", "Trà Sết", "Kom Pong Chrây", "Sa Rum", "Ô Chum",
    "Phnôm Pi", "Sóc Ven", "Tà Lọt", "Bưng Tróp", "Chông Nô", "Sà Vầng", "Ô Tưng", "Ta Pạ",
    "Prồ", "Sóc Mới", "Tà Pạ", "Sa Keo", "Tà Nô",
]
# Sino-Vietnamese village names, built from two syllables ("An Lạc", "Phú Xuân").
HAN_FIRST = [
    "An", "Bình", "Đông", "Phú", "Tân", "Yên", "Hòa", "Thượng", "Hạ", "Trung", "Đại", "Kim",
    "Lạc", "Phúc", "Vĩnh", "Xuân", "Thanh", "Hưng", "Quảng", "Đồng", "Cao", "Mỹ", "Thái",
    "Hồng", "Ngọc", "Thuận", "Long", "Phượng", "Hữu", "Cổ", "Văn", "Đoài", "Nam", "Bắc",
]
HAN_SECOND = [
    "Lạc", "Bình", "Hòa", "Thịnh", "Lập", "Phú", "Mỹ", "Khê", "Xá", "Trạch", "Lộc", "Thái",
    "Hưng", "Ninh", "Đình", "Sơn", "Trung", "Đông", "Tây", "Nam", "Bắc", "Lâm", "Thọ",
    "Phong", "Yên", "Vinh", "Quang", "Thành", "Hà", "Điền", "Lợi", "Thạnh", "Hiệp", "Hậu",
]
# Names that recur everywhere (new-economic-zone and post-1954 villages).
COMMON_VILLAGE_NAMES = [
    "Đoàn Kết", "Tân Lập", "Hòa Bình", "Quyết Tiến", "Thống Nhất", "Tân Tiến", "Đồng Tâm",
    "Chiến Thắng", "Tiền Phong", "Tân Sơn", "Làng Mới", "Hợp Nhất", "Độc Lập", "Thắng Lợi",
    "Trung Tâm", "Đông", "Đoài", "Thượng", "Hạ", "Chợ", "Bến", "Ga", "Mới",
]

# How a village head is called, by the kind of village (the usual Tổ trưởng).
VILLAGE_HEAD_TITLE = {
    "Thôn": "Trưởng thôn", "Bản": "Trưởng bản", "Xóm": "Trưởng xóm", "Ấp": "Trưởng ấp",
    "Buôn": "Trưởng buôn", "Làng": "Trưởng làng", "Tổ dân phố": "Tổ trưởng tổ dân phố",
    "Khu phố": "Trưởng khu phố", "Khu": "Trưởng khu", "Khóm": "Trưởng khóm",
    "Khối": "Trưởng khối",
}

# --- Organisations, positions ---------------------------------------------------------------

EXIT_REASONS = [
    "Chuyển công tác", "Thôi tham gia theo nguyện vọng", "Đi làm ăn xa",
    "Nghỉ hưu", "Không còn giữ chức vụ ở thôn", "Chuyển nơi cư trú",
]

BDHVS_COURSES = [
    "Kỹ năng số cơ bản cho Tổ công nghệ số cộng đồng",
    "Dịch vụ công trực tuyến và ứng dụng VNeID",
    "An toàn thông tin cá nhân trên không gian mạng",
    "Thanh toán không dùng tiền mặt và thương mại điện tử",
]

# Mobile prefixes by carrier (domain.md §4.4), weighted by market share.
PHONE_PREFIXES = {
    "viettel": ["032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097",
                "098"],
    "vinaphone": ["081", "082", "083", "084", "085", "088", "091", "094"],
    "mobifone": ["070", "076", "077", "078", "079", "089", "090", "093"],
    "vietnamobile": ["052", "056", "058", "092"],
    "gmobile": ["059", "099"],
}
CARRIER_SHARE = [("viettel", 50), ("vinaphone", 25), ("mobifone", 20), ("vietnamobile", 3),
                 ("gmobile", 2)]

EMAIL_DOMAINS = [("gmail.com", 85), ("yahoo.com", 6), ("outlook.com", 4), ("yahoo.com.vn", 5)]
