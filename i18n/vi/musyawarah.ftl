# Giao diện Musyawarah bằng tiếng Việt.
# Thuật ngữ: xem docs/glossary.md.

language-name = Tiếng Việt

## Khung của mọi trang
site-name = Musyawarah
skip-to-content = Chuyển đến nội dung
menu = Trình đơn
menu-hidden = các trang của trang web và tài khoản của bạn
nav-main = Chính
nav-consultations = Tham vấn
nav-organisations = Tổ chức
nav-commitments = Cam kết
nav-dashboard = Bảng tổng hợp
nav-findings = Phát hiện
nav-search = Tìm kiếm
nav-assessments = Tự đánh giá
nav-my-notes = Ghi chép của tôi
nav-returned-hidden = được trả lại cho bạn
nav-review = Hàng chờ xem xét
nav-waiting-hidden = đang chờ
nav-people = Cá nhân
nav-users = Người dùng
nav-audit = Nhật ký kiểm tra
nav-help = Trợ giúp
your-account-hidden = Tài khoản của bạn:
sign-in = Đăng nhập
sign-out = Đăng xuất
notice-done = Đã xong
language-switch = Ngôn ngữ
footer-about-public = Musyawarah theo dõi các cuộc tham vấn đa bên về việc thực hiện Đồng thuận ASEAN về bảo vệ và thúc đẩy quyền của người lao động di cư. Bạn chỉ đang xem dữ liệu công khai.
footer-about-members = Musyawarah theo dõi các cuộc tham vấn đa bên về việc thực hiện Đồng thuận ASEAN về bảo vệ và thúc đẩy quyền của người lao động di cư. Bạn đang xem dữ liệu công khai và dữ liệu dành cho thành viên.
footer-about-all = Musyawarah theo dõi các cuộc tham vấn đa bên về việc thực hiện Đồng thuận ASEAN về bảo vệ và thúc đẩy quyền của người lao động di cư. Bạn đang xem toàn bộ dữ liệu, kể cả hồ sơ chỉ dành cho nhân viên.
