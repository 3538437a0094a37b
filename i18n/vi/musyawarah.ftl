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

## Tên các Quốc gia Thành viên (tên tiếng Anh là tên lưu trong cơ sở dữ liệu)
state-BN = Bru-nây
state-KH = Campuchia
state-ID = In-đô-nê-xi-a
state-LA = Lào
state-MY = Ma-lai-xi-a
state-MM = Mi-an-ma
state-PH = Phi-líp-pin
state-SG = Xinh-ga-po
state-TH = Thái Lan
state-TL = Timor-Leste
state-VN = Việt Nam
state-formal-BN = Bru-nây Đa-rút-xa-lam
state-formal-KH = Vương quốc Campuchia
state-formal-ID = Cộng hòa In-đô-nê-xi-a
state-formal-LA = Cộng hòa Dân chủ Nhân dân Lào
state-formal-MY = Ma-lai-xi-a
state-formal-MM = Cộng hòa Liên bang Mi-an-ma
state-formal-PH = Cộng hòa Phi-líp-pin
state-formal-SG = Cộng hòa Xinh-ga-po
state-formal-TH = Vương quốc Thái Lan
state-formal-TL = Cộng hòa Dân chủ Timor-Leste
state-formal-VN = Cộng hòa Xã hội Chủ nghĩa Việt Nam
data-scope-public = chỉ dữ liệu công khai
data-scope-members = dữ liệu công khai và dữ liệu dành cho thành viên
data-scope-all = toàn bộ dữ liệu, kể cả hồ sơ chỉ dành cho nhân viên

## Trang API (JSON và tài liệu OpenAPI giữ nguyên tiếng Anh vì đó là một cam kết kỹ thuật)
api-title = API
api-lead = Mọi nội dung bạn đọc được trên Musyawarah cũng có sẵn dưới dạng JSON, dùng cho bảng tính, tập lệnh và trang web của đối tác. API chỉ đọc; API hiển thị đúng những gì các trang hiển thị cho bạn, không hơn.
api-document = Tài liệu
api-document-text = API được mô tả bằng một tài liệu OpenAPI 3.1, tạo ra từ chính mã nguồn phục vụ API:
api-document-tools = Mọi công cụ OpenAPI đều đọc được tài liệu này.
api-what = Những gì bạn có thể đọc
api-addresses-caption = Các địa chỉ của API
api-col-address = Địa chỉ
api-col-gives = Nội dung trả về
api-gives-series = Các chuỗi tham vấn, kèm số lượng theo giai đoạn; một chuỗi cùng các cuộc tham vấn của chuỗi.
api-gives-consultations = Các cuộc tham vấn, mới nhất trước; bộ lọc <code>state</code>, <code>stage</code>, <code>series</code>, <code>from</code>, <code>to</code>.
api-gives-consultation = Một cuộc tham vấn: các phiên và diễn giả, các tổ chức tham gia kèm số người theo giới tính, và các ghi chép đã công bố.
api-gives-notes = Các ghi chép đã công bố của một cuộc tham vấn.
api-gives-organisations = Danh bạ (bộ lọc <code>kind</code>, <code>state</code>, <code>name</code>); một tổ chức cùng các cuộc tham vấn mà tổ chức đó đã tham gia.
api-gives-commitments = Mọi điều khoản của các khuôn khổ, theo chương.
api-gives-findings = Bảng theo dõi phát hiện, với các bộ lọc (<code>state</code>, <code>kind</code>, <code>status</code>, <code>commitment</code>, <code>chapter</code>, <code>theme</code>, <code>consultation</code>, <code>series</code>, <code>from</code>, <code>to</code>, <code>overdue</code>, <code>sort</code>).
api-gives-finding = Một phát hiện; với khuyến nghị thì kèm đối tượng được khuyến nghị, tình trạng, hạn và việc theo dõi thực hiện.
api-gives-assessments = Điểm trung bình của các đợt tự đánh giá gần nhất của từng Quốc gia Thành viên, theo bên đánh giá và theo chương.
api-gives-dashboard = Các số liệu của bảng tổng hợp cho từng Quốc gia Thành viên.
api-examples = Ví dụ
api-example-open = Các khuyến nghị còn mở về Việt Nam, mỗi lần mười khuyến nghị:
api-cursor = Một danh sách trả về con trỏ <code>next</code> (cùng địa chỉ trang tiếp theo trong <code>next_url</code> và trong tiêu đề <code>Link: &lt;...&gt;; rel="next"</code>). Vui lòng gửi lại giá trị đó dưới tên <code>cursor</code>, với cùng các bộ lọc, cho đến khi <code>next</code> là null: mỗi bản ghi xuất hiện đúng một lần.
api-sample = Một câu trả lời mẫu:
api-etag = Chỉ hỏi lại khi có thay đổi: mỗi câu trả lời có một <code>ETag</code>; hãy gửi lại giá trị đó, và mã 304 không có nội dung cho biết không có gì thay đổi.
api-page-tokens = Đọc với tư cách của chính bạn: mã truy cập
api-page-tokens-text = Không có mã truy cập, API trả về dữ liệu công khai. Khi đã đăng nhập, bạn có thể tạo một mã truy cập cá nhân tại <a href="/account#api-tokens">trang tài khoản của bạn</a>: mã này đọc được những gì bạn được phép đọc (hồ sơ dành cho thành viên đối với đối tác và cán bộ; hồ sơ chỉ dành cho nhân viên đối với nhân viên HRWG), không hơn. Mã truy cập chỉ hiển thị một lần, chỉ được lưu dưới dạng giá trị băm và có thể bị thu hồi bất cứ lúc nào; trang tài khoản cho biết mỗi mã được dùng lần cuối khi nào và bao nhiêu lần.
api-limits = Mỗi mã truy cập chỉ được gửi một số yêu cầu giới hạn mỗi phút; vượt quá giới hạn đó, câu trả lời là mã 429 kèm tiêu đề <code>Retry-After</code>. Câu trả lời cho một mã truy cập không bao giờ được bộ nhớ đệm lưu lại (<code>Cache-Control: private, no-store</code>); câu trả lời công khai có thể được lưu trong một phút.
api-errors = Lỗi
api-errors-text = Lỗi được trả về dưới dạng <code>application/problem+json</code>, không bao giờ dưới dạng một trang:
api-statuses = 400: một tham số không hợp lệ (phần chi tiết cho biết tham số nào). 401: mã truy cập không hợp lệ hoặc đã bị thu hồi. 404: không có bản ghi đó, hoặc đó không phải bản ghi bạn được xem. 429: quá nhiều yêu cầu với mã truy cập này. Theo quy tắc Chatham House, không ghi chép nào nêu tên tác giả, trên API cũng như trên các trang.

## Các báo cáo để in và bản PDF (bản tóm tắt quốc gia, báo cáo cuộc tham vấn)
report-made = Lập ngày { $on } ở mức hiển thị { $level } ({ $scope })
report-page = Trang { $n }/{ $total }
report-chapter = Chương { $n }. { $title }
report-no-provision = Không gắn với điều khoản nào
report-all = Tất cả
report-col-consultation = Cuộc tham vấn
report-col-dates = Thời gian
report-col-place = Địa điểm
report-col-status = Tình trạng
report-col-chapter = Chương
report-col-recommendation = Khuyến nghị
report-col-provisions = Điều khoản
report-col-addressee = Đối tượng khuyến nghị
report-col-due = Hạn
report-col-latest = Cập nhật gần nhất
report-col-provision = Điều khoản
report-col-government = Chính phủ
report-col-civil-society = Xã hội dân sự
report-col-gap = Chênh lệch
report-overdue = Quá hạn
report-overdue-mark = quá hạn
report-divergent = Chênh lệch lớn
report-recommendations-caption = Các khuyến nghị, hạn gần nhất trước, kèm cập nhật gần nhất
brief-page-title = Tóm tắt: { $name }
brief-title = { $name }: bản tóm tắt quốc gia
brief-membership = Tư cách thành viên
brief-member-since = Thành viên ASEAN từ { $date }
brief-member-since-observer = Thành viên ASEAN từ { $date } (quan sát viên từ { $observer })
brief-framework = Khuôn khổ
brief-bound-from-to = Ràng buộc từ { $from } đến { $until }
brief-bound-since = Ràng buộc từ { $from }
brief-not-bound = Không ràng buộc: không phải bên ký kết
brief-consultations = Các cuộc tham vấn
brief-held = Đã tổ chức
brief-planned = Dự kiến
brief-none-held = Chưa có cuộc tham vấn nào về { $name } được tổ chức.
brief-none-planned = Chưa có cuộc tham vấn nào về { $name } được dự kiến.
brief-held-caption = Các cuộc tham vấn đã tổ chức, gần nhất trước
brief-planned-caption = Các cuộc tham vấn dự kiến hoặc đã lên lịch
brief-more-consultations = và { $n } cuộc khác trong danh sách các cuộc tham vấn
brief-findings = Phát hiện theo loại và theo chương
brief-no-findings = Chưa có phát hiện nào về { $name } được ghi nhận.
brief-findings-caption = Các phát hiện về { $name } theo chương của các cam kết (một phát hiện gắn với hai chương được tính ở cả hai chương)
brief-all-findings = Tất cả phát hiện
brief-counted-once = Một phát hiện gắn với điều khoản của hai chương được tính ở cả hai chương; dòng cuối chỉ tính một lần.
brief-in-tracker = Các phát hiện về { $name } trong bảng theo dõi phát hiện
brief-recommendations = Các khuyến nghị và việc theo dõi thực hiện
brief-recommendations-line = { $total } khuyến nghị, trong đó { $overdue } khuyến nghị quá hạn.
brief-more-than = hơn { $n }
brief-overdue = Quá hạn
brief-overdue-first = Quá hạn, quá hạn lâu nhất trước
brief-no-overdue = Không có khuyến nghị nào quá hạn.
brief-upcoming = Đến hạn từ hôm nay, hoặc không có hạn
brief-none = Không có.
brief-no-update = Chưa có cập nhật
brief-more-in-tracker = Các khuyến nghị khác có trong bảng theo dõi phát hiện.
brief-n-more-in-tracker = Và { $n } khuyến nghị khác trong bảng theo dõi phát hiện.
brief-assessments = Tự đánh giá
brief-sides = { $framework }. Chính phủ: { $government }. Xã hội dân sự: { $civil }.
brief-none-submitted = chưa có bản đã nộp nào bạn được đọc
brief-cycle = chu kỳ { $cycle }
brief-divergences = Chênh lệch lớn
brief-no-divergences = Hai bên chênh lệch dưới hai điểm ở mọi điều khoản mà cả hai bên đều chấm điểm.
brief-divergences-caption = Các điều khoản mà hai bên chênh lệch từ hai điểm trở lên
brief-averages = Điểm trung bình của chính phủ { $government }, của xã hội dân sự { $civil }
brief-no-assessment = Chưa có bản tự đánh giá đã nộp nào của { $name } được chia sẻ với bạn.
report-page-title = Báo cáo: { $title }
report-of-consultation = Báo cáo cuộc tham vấn
report-series-number = { $series }, cuộc tham vấn số { $n }
report-member-states = Các Quốc gia Thành viên
report-organisers = Đơn vị tổ chức
report-funder = Nhà tài trợ
report-chatham-house = Tổ chức theo quy tắc Chatham House: có thể thuật lại nội dung đã nói, nhưng không nêu ai đã nói. Báo cáo này không nêu tên diễn giả hay tác giả.
report-no-organisations = Không có tổ chức nào được ghi nhận là đã tham gia.
report-people-by-kind = Số người theo loại bên liên quan và theo giới tính
report-people-by-kind-sexes = Số người theo loại bên liên quan và theo giới tính (nữ, nam, khác hoặc không nêu)
report-table-below = Bảng dưới đây cho biết các số liệu.
report-participants-caption = Người tham dự theo loại bên liên quan và theo giới tính
report-col-kind-of-stakeholder = Loại bên liên quan
report-col-organisations = Tổ chức
report-col-people = Số người
report-organisations-count = { $count } tổ chức
report-not-counted = Số người tham dự theo giới tính không được ghi nhận cho cuộc tham vấn này.
report-demo-counts = Số người theo giới tính là số liệu minh họa, không lấy từ hồ sơ của chính cuộc tham vấn.
report-organisations-caption = Các tổ chức đã tham gia
report-findings = Phát hiện
report-no-findings = Chưa có phát hiện nào được ghi nhận cho cuộc tham vấn này.
report-provisions-label = Điều khoản:
report-member-states-label = Quốc gia Thành viên:
report-recommendations = Khuyến nghị
report-no-recommendations = Chưa có khuyến nghị nào được ghi nhận cho cuộc tham vấn này.
report-recommendations-due-caption = Các khuyến nghị, kèm đối tượng khuyến nghị, tình trạng và hạn
report-more-findings = Các phát hiện khác có trong bảng theo dõi phát hiện.
report-n-more-findings = { $n } phát hiện khác có trong bảng theo dõi phát hiện.
report-notes = Ghi chép từ các phiên
report-no-notes = Chưa có ghi chép nào về các phiên được công bố.

## Tiêu đề cột và tên trang tính của các tệp tải về, và tệp README của bản xuất (tên tệp giữ nguyên tiếng Anh)
csv-when-utc = thời điểm (UTC)
csv-what-happened = sự việc
csv-who = người thực hiện
csv-action = thao tác
csv-kind-of-record = loại bản ghi
csv-record = bản ghi
csv-number-in-series = số thứ tự trong chuỗi
csv-title = tiêu đề
csv-city = thành phố
csv-host = nước chủ nhà
csv-starts = bắt đầu
csv-ends = kết thúc
csv-planned-period = thời gian dự kiến
csv-status = tình trạng
csv-participants-reported = số người tham dự được báo cáo
csv-page = trang
csv-series = chuỗi
csv-venue = địa điểm tổ chức
csv-member-states = quốc gia thành viên
csv-chatham-house-rule = quy tắc Chatham House
csv-objectives = mục tiêu
csv-summary = tóm tắt
csv-languages = ngôn ngữ
csv-source = nguồn
csv-position = thứ tự
csv-day = ngày
csv-kind = loại
csv-description = mô tả
csv-speakers = diễn giả
csv-themes = chủ đề
csv-organisation = tổ chức
csv-acronym = tên viết tắt
csv-member-state = quốc gia thành viên
csv-roles = vai trò
csv-women = nữ
csv-men = nam
csv-other-or-not-stated = khác hoặc không nêu
csv-total = tổng
csv-session = phiên
csv-note-by = ghi chép của
csv-published = công bố
csv-section = mục
csv-statement = nội dung
csv-id = id
csv-recommendation = khuyến nghị
csv-addressee = đối tượng khuyến nghị
csv-due = hạn
csv-overdue = quá hạn
csv-latest-update = cập nhật gần nhất
csv-latest-update-text = nội dung cập nhật gần nhất
csv-recommendation-id = id khuyến nghị
csv-reported-on = ngày báo cáo
csv-status-from = tình trạng cũ
csv-status-to = tình trạng mới
csv-update = cập nhật
csv-evidence = bằng chứng
csv-consultation = cuộc tham vấn
csv-reviewer-s-comment = nhận xét của người xem xét
csv-visibility = phạm vi hiển thị
csv-written = viết lúc
csv-last-changed = sửa lần cuối
csv-submitted = gửi lúc
csv-side = bên
csv-chapter = chương
csv-chapter-title = tên chương
csv-provision = điều khoản
csv-provision-title = tên điều khoản
csv-answer = câu trả lời
csv-rating = điểm
csv-evidence-links = liên kết bằng chứng
csv-government = chính phủ
csv-civil-society = xã hội dân sự
csv-gap = chênh lệch
csv-divergent = chênh lệch lớn
csv-name = tên
csv-consultations = số cuộc tham vấn
csv-sessions-spoken-at = các phiên đã phát biểu
csv-honorific = danh xưng
csv-current-roles = chức vụ hiện tại
csv-spoke-at = số lần phát biểu
csv-consultation-date = ngày tham vấn
csv-commitments = cam kết
csv-dash-member-state = Quốc gia Thành viên
csv-dash-code = Mã
csv-dash-membership = Tư cách thành viên
csv-dash-consultations-held = Số cuộc tham vấn đã tổ chức
csv-dash-consultations-planned = Số cuộc tham vấn dự kiến
csv-dash-postponed-or-cancelled = Hoãn hoặc hủy
csv-dash-last-held = Lần tổ chức gần nhất
csv-dash-participants-women = Người tham dự (nữ)
csv-dash-participants-men = Người tham dự (nam)
csv-dash-participants-other-or-not-stated = Người tham dự (khác hoặc không nêu)
csv-dash-recommendations-implemented = Khuyến nghị đã thực hiện
csv-dash-recommendations = Khuyến nghị
csv-dash-overdue-follow-ups = Việc theo dõi thực hiện quá hạn
csv-dash-government-self-assessment-average = Điểm trung bình tự đánh giá của chính phủ
csv-dash-government-self-assessment-cycle = Chu kỳ tự đánh giá của chính phủ
csv-dash-civil-society-assessment-average = Điểm trung bình đánh giá của xã hội dân sự
csv-dash-civil-society-assessment-cycle = Chu kỳ đánh giá của xã hội dân sự
csv-dash-participants-of = Người tham dự: { $group }
csv-dash-findings-of = Phát hiện: { $kind }
sheet-consultations = Các cuộc tham vấn
sheet-audit-log = Nhật ký kiểm tra
sheet-consultation = Cuộc tham vấn
sheet-agenda = Chương trình nghị sự
sheet-participation = Tham gia
sheet-published-notes = Ghi chép đã công bố
sheet-findings = Phát hiện
sheet-recommendations = Khuyến nghị
sheet-follow-up = Theo dõi thực hiện
sheet-my-notes = Ghi chép của tôi
sheet-ratings = Điểm đánh giá
sheet-comparison = So sánh
sheet-organisations = Các tổ chức
sheet-history = Lịch sử
sheet-member-states = Các Quốc gia Thành viên
sheet-people = Cá nhân
readme-exported = Xuất ngày { $date } từ Musyawarah.
readme-visibility = Phạm vi hiển thị: lập cho người xem được phép xem { $scope } (các mức: { $levels }). Các hồ sơ ở mức khác không có trong các tệp này; theo quy tắc Chatham House, không tác giả hay diễn giả nào được nêu tên.
readme-files = Các tệp:
readme-consultation = cuộc tham vấn: tiêu đề, thời gian, địa điểm, thông tin về đơn vị tổ chức, mục tiêu
readme-agenda = chương trình nghị sự: mỗi phiên một dòng, kèm diễn giả và chủ đề
readme-participation = tham gia: mỗi tổ chức một dòng, kèm số người theo giới tính
readme-notes = ghi chép đã công bố: mỗi nội dung một dòng, ghi tên tác giả như người đọc thấy
readme-findings = phát hiện: mọi phát hiện của cuộc tham vấn
readme-recommendations = khuyến nghị: kèm tình trạng, hạn và cập nhật gần nhất
readme-follow-up = theo dõi thực hiện: mọi cập nhật tiến độ về các khuyến nghị
readme-json = toàn bộ nội dung trên dưới dạng một tài liệu JSON
readme-this-file = tệp này
readme-csv = Các tệp CSV dùng mã UTF-8 có dấu thứ tự byte (BOM); ô nào bắt đầu bằng =, +, - hoặc @ sẽ có thêm dấu nháy đơn ở đầu để bảng tính hiển thị ô đó dưới dạng văn bản.

## Các bộ lọc của danh sách các cuộc tham vấn, diễn đạt bằng lời
list-stage = { $stage ->
        [held] đã tổ chức
        [planned] dự kiến
        [postponed] bị hoãn
        [cancelled] bị hủy
       *[other] { $stage }
    }
list-covering = về { $state }
list-in-series = trong chuỗi { $series }
list-from = từ { $date }
list-until = đến { $date }

## Trang báo lỗi
error-code = Lỗi { $code }
error-not-found-title = Không tìm thấy trang
error-not-found = Không có nội dung nào tại địa chỉ này. Trang có thể đã được chuyển đi, hoặc đường dẫn bị gõ sai.
error-bad-request-title = Không thể hiểu yêu cầu này
error-unprocessable-title = Không thể lưu nội dung này
error-request-timeout-title = Yêu cầu chưa được nhận đầy đủ
error-request-timeout = Trình duyệt của bạn đã ngừng gửi trước khi yêu cầu kết thúc, nên chưa có gì được lưu. Vui lòng kiểm tra kết nối và gửi lại biểu mẫu.
error-unavailable-title = Tạm thời không sử dụng được
error-unavailable = Dịch vụ hiện không kết nối được với cơ sở dữ liệu. Những gì bạn đã lưu không bị mất; vui lòng thử lại sau một phút.
error-internal-title = Đã xảy ra sự cố
error-internal = Một lỗi ngoài dự kiến đã làm gián đoạn trang này. Lỗi đã được ghi lại; vui lòng thử lại, và báo cho nhóm HRWG nếu lỗi tiếp tục xảy ra.
error-method-title = Không được phép tại đây
error-method = Địa chỉ này không nhận loại yêu cầu đó.
error-cross-site-title = Biểu mẫu này đến từ một trang web khác
error-cross-site = Để bảo đảm an toàn cho bạn, chỉ có thể thay đổi dữ liệu từ chính các trang của Musyawarah. Vui lòng quay lại trang đó, tải lại trang và thử lại.
error-too-many-title = Quá nhiều lần thử
error-too-many = Đã có quá nhiều lần đăng nhập không thành công. Để bảo vệ tài khoản này, việc đăng nhập đang tạm dừng; vui lòng thử lại sau { $minutes } phút.
error-refers-to-nothing = Nội dung này dẫn đến một bản ghi không tồn tại (có thể đã bị xóa). Vui lòng quay lại, tải lại biểu mẫu và chọn lại.
error-too-long = Có một giá trị quá dài để lưu. Vui lòng rút ngắn và gửi lại.
error-out-of-range = Có một số hoặc ngày nằm ngoài phạm vi có thể lưu (ngày trong khoảng từ năm 1900 đến năm 2100). Vui lòng sửa lại và gửi lại.
error-wrong-kind = Có một giá trị không đúng loại yêu cầu tại đây. Vui lòng sửa lại và gửi lại.
error-signed-in-as = Bạn đang đăng nhập với tên { $name } ({ $role }).
error-your-account = Tài khoản của bạn
error-not-signed-in = Bạn chưa đăng nhập.
error-sign-in-for-more = để xem tài liệu dành cho thành viên.
error-home = Về trang chủ
back-consultation = Quay lại cuộc tham vấn
back-consultations = Quay lại tất cả các cuộc tham vấn
back-organisation = Quay lại tổ chức
back-organisations = Quay lại danh sách tổ chức
back-finding = Quay lại phát hiện
back-findings = Quay lại bảng theo dõi phát hiện
back-commitments = Quay lại danh mục cam kết
back-note = Quay lại ghi chép
back-my-notes = Quay lại ghi chép của tôi
back-assessments = Quay lại phần tự đánh giá
back-person = Quay lại hồ sơ cá nhân
back-people = Quay lại danh sách cá nhân
back-users = Quay lại danh sách người dùng
back-account = Quay lại tài khoản của bạn
back-help = Quay lại trang trợ giúp

## Các giá trị lựa chọn (nhãn enum; bản tiếng Anh nằm trong mã nguồn)
Role-admin = Quản trị viên
Role-staff = Nhân viên HRWG
Role-partner = Đối tác xã hội dân sự
Role-official = Cán bộ
AssessorKind-government = Chính phủ
AssessorKind-civil_society = Xã hội dân sự
AssessmentStatus-draft = Bản nháp
AssessmentStatus-submitted = Đã nộp
RoundStatus-draft = Bản nháp
RoundStatus-open = Đang mở
RoundStatus-closed = Đã đóng
Answer-rated = Đã chấm điểm
Answer-not_applicable = Không áp dụng
Answer-no_information = Không có thông tin
ConsultationStatus-planned = Dự kiến
ConsultationStatus-scheduled = Đã lên lịch
ConsultationStatus-held = Đã tổ chức
ConsultationStatus-report_published = Đã công bố báo cáo
ConsultationStatus-postponed = Tạm hoãn
ConsultationStatus-cancelled = Đã hủy
ParticipationRole-organiser = đơn vị tổ chức
ParticipationRole-co_organiser = đơn vị đồng tổ chức
ParticipationRole-speaker = diễn giả
ParticipationRole-participant = đại biểu tham dự
ParticipationRole-observer = quan sát viên
ParticipationRole-funder = nhà tài trợ
FindingKind-challenge = Thách thức
FindingKind-opportunity = Cơ hội
FindingKind-good_practice = Thực tiễn tốt
FindingKind-recommendation = Khuyến nghị
RecommendationStatus-open = Chưa xử lý
RecommendationStatus-accepted = Đã chấp nhận
RecommendationStatus-in_progress = Đang thực hiện
RecommendationStatus-implemented = Đã thực hiện
RecommendationStatus-not_accepted = Không chấp nhận
Visibility-public = Công khai
Visibility-members = Thành viên
Visibility-staff = Chỉ nhân viên
Sort-newest = Mới nhất trước
Sort-oldest = Cũ nhất trước
Sort-due = Gần đến hạn nhất trước
DutyBearer-all = Tất cả các Quốc gia Thành viên
DutyBearer-sending = Các Quốc gia phái cử
DutyBearer-receiving = Các Quốc gia tiếp nhận
DutyBearer-both = Các Quốc gia phái cử và tiếp nhận
NoteStatus-draft = Bản nháp
NoteStatus-submitted = Đã gửi, chờ xem xét
NoteStatus-returned = Đã trả lại cho tác giả
NoteStatus-published = Đã công bố
NoteStatus-withdrawn = Đã rút lại
Section-challenge = Các thách thức được nêu
Section-opportunity = Các cơ hội
Section-good_practice = Các thực tiễn tốt
Section-recommendation = Các khuyến nghị được đưa ra
Attribution-name_and_organisation = Tên tôi và tổ chức của tôi
Attribution-organisation = Chỉ tổ chức của tôi
Attribution-none = Không ghi danh (“một đối tác xã hội dân sự”)
OrganisationKind-government = Cơ quan chính phủ
OrganisationKind-asean_body = Cơ quan ASEAN
OrganisationKind-civil_society = Xã hội dân sự
OrganisationKind-trade_union = Công đoàn
OrganisationKind-migrant_association = Hội người lao động di cư
OrganisationKind-employer = Người sử dụng lao động hoặc doanh nghiệp tuyển dụng
OrganisationKind-research = Nghiên cứu
OrganisationKind-international_organisation = Tổ chức quốc tế
OrganisationKind-donor = Nhà tài trợ
OrganisationKind-media = Truyền thông
OrganisationKind-other = Khác
Sex-female = Nữ
Sex-male = Nam
Sex-other = Khác
Sex-not_stated = Không nêu
RecordKind-consultation = Tham vấn
RecordKind-organisation = Tổ chức
RecordKind-person = Cá nhân
RecordKind-commitment = Cam kết
RecordKind-session = Phiên
RecordKind-finding = Phát hiện
RecordKind-note = Ghi chép đã công bố
SessionKind-opening_remarks = Phát biểu khai mạc
SessionKind-presentation = Trình bày
SessionKind-panel = Tọa đàm
SessionKind-plenary = Thảo luận toàn thể
SessionKind-breakout_group = Thảo luận nhóm
SessionKind-closing = Bế mạc
SessionKind-other = Khác

## Thông báo sau khi lưu
Message-draft-saved = Đã lưu bản nháp
Message-note-submitted = Đã gửi ghi chép để xem xét
Message-note-returned = Đã trả ghi chép lại cho tác giả kèm nhận xét của bạn
Message-note-published = Đã công bố ghi chép
Message-note-withdrawn = Đã rút ghi chép: ghi chép sẽ không được công bố. Bạn có thể khôi phục ghi chép thành bản nháp ở bên dưới
Message-note-restored = Đã khôi phục ghi chép thành bản nháp
Message-note-corrected = Đã lưu nội dung đính chính: ghi chép đã công bố hiện có nội dung như bên dưới
Message-notes-returned = được trả lại cho bạn
Message-signed-in = Bạn đã đăng nhập
Message-signed-out = Bạn đã đăng xuất
Message-password-changed = Mật khẩu của bạn đã được thay đổi
Message-user-saved = Đã lưu tài khoản
Message-user-disabled = Đã vô hiệu hóa tài khoản: các lần đăng nhập của tài khoản đã kết thúc
Message-user-enabled = Đã kích hoạt tài khoản
Message-consultation-added = Đã thêm cuộc tham vấn
Message-consultation-saved = Đã lưu cuộc tham vấn
Message-session-added = Đã thêm phiên vào chương trình nghị sự
Message-session-saved = Đã lưu phiên
Message-session-moved = Đã chuyển vị trí phiên
Message-session-removed = Đã gỡ phiên khỏi chương trình nghị sự
Message-session-restored = Đã đưa phiên trở lại chương trình nghị sự
Message-organisation-added = Đã thêm tổ chức
Message-organisation-saved = Đã lưu tổ chức
Message-organisations-merged = Đã hợp nhất các tổ chức vào tổ chức này
Message-participation-added = Đã ghi nhận việc tham dự
Message-participation-saved = Đã lưu thông tin tham dự
Message-participation-removed = Đã xóa bản ghi tham dự
Message-person-added = Đã thêm cá nhân
Message-person-saved = Đã lưu thông tin cá nhân
Message-position-added = Đã thêm chức vụ
Message-series-added = Đã thêm chuỗi hoạt động
Message-series-saved = Đã lưu chuỗi hoạt động
Message-finding-added = Đã thêm phát hiện
Message-finding-saved = Đã lưu phát hiện
Message-progress-added = Đã thêm cập nhật tiến độ
Message-commitment-saved = Đã lưu cam kết
Message-round-opened = Đã mở đợt tự đánh giá
Message-round-saved = Đã lưu đợt đánh giá
Message-answers-saved = Đã lưu câu trả lời
Message-assessment-submitted = Đã nộp bản đánh giá
Message-assessment-corrected = Đã lưu nội dung đính chính
Message-participant-list-checked = Đã kiểm tra danh sách người tham dự
Message-import-started = Đã bắt đầu nhập dữ liệu: trang này sẽ cho biết khi tất cả các dòng đã được ghi

## The language a record is written in, and its translations
written-in-label = Viết bằng
written-in-hint = Ngôn ngữ của văn bản bạn viết ở đây, để các trang và trình đọc màn hình xử lý đúng.
translations-title = Bản dịch
translation-written-in = Viết bằng { $language }.
translation-add = Dịch sang:
translation-shown = { $status } từ { $original }.
translation-stale = Bản gốc đã thay đổi kể từ khi được dịch.
translation-stale-short = bản gốc đã thay đổi kể từ đó
translation-show-original = Xem bản gốc
translation-read-in = Đọc bằng { $language } ({ $status })
translation-of-finding = { $kind }: ‘{ $statement }’
translation-of-note = Ghi chép về ‘{ $session }’
translation-part-statement = Nội dung
translation-part-summary = Tóm tắt
translation-part-numbered = Ý kiến { $n }
translation-form-title = Bản dịch sang { $language }
translation-form-hint = Viết văn bản bằng { $language } đúng như nội dung bằng { $original }. Người đọc dùng giao diện { $language } sẽ đọc bản dịch của bạn, được đánh dấu là bản dịch, kèm đường dẫn đến bản gốc.
translation-original = Bản gốc:
translation-into = Bằng { $language }
translation-made-how = Cách dịch
translation-save = Lưu bản dịch
translation-conflict-title = Người khác đã lưu bản dịch này trong khi bạn đang viết
translation-conflict = Nội dung bạn viết vẫn còn trong biểu mẫu và chưa được lưu. Vui lòng lưu lại để thay thế bản của họ.
translation-review-title = Rà soát
translation-stored-status = Trạng thái hiện tại: { $status }.
translation-mark-reviewed = Đánh dấu đã rà soát
translation-review-by-another = Bản dịch phải do một người khác với người dịch rà soát.
translation-choose-status = Vui lòng cho biết bản dịch được thực hiện như thế nào.
translation-empty = Vui lòng viết bản dịch.
translation-too-long = Bản dịch có tối đa { $max } ký tự.
choose-language = Vui lòng chọn ngôn ngữ trong danh sách.
translation-statement-optional = Để trống một ý kiến để hiển thị ý kiến đó bằng ngôn ngữ gốc.
TextLanguage-en = Tiếng Anh
TextLanguage-id = Tiếng Indonesia
TextLanguage-vi = Tiếng Việt
TextLanguage-th = Tiếng Thái
TextLanguage-km = Tiếng Khmer
TextLanguage-my = Tiếng Myanmar
TextLanguage-lo = Tiếng Lào
TextLanguage-ms = Tiếng Mã Lai
TextLanguage-fil = Tiếng Filipino
TextLanguage-tet = Tiếng Tetum
TextLanguage-zh = Tiếng Trung
TranslationStatus-machine = Bản dịch máy
TranslationStatus-human = Do người dịch
TranslationStatus-reviewed = Bản dịch đã được rà soát
Message-translation-saved = Đã lưu bản dịch
Message-translation-reviewed = Đã đánh dấu bản dịch là đã rà soát

## Ngày tháng
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12
date-long = { $day } { $month } năm { $year }
date-day-month = { $day } { $month }
period-days = { $from }–{ $to }
period = { $from } – { $to }
date-not-set = chưa xác định ngày

## Thông báo sau khi lưu
notice-at = { $done } lúc { $time }
notice-notes-returned = { $count } ghi chép đã được trả lại cho bạn
notice-list-checked = Đã kiểm tra danh sách người tham dự: { $count } dòng sẵn sàng để nhập

## Shared parts of pages
col-number = STT
col-consultation = Cuộc tham vấn
col-when = Thời gian
col-where = Địa điểm
col-status = Tình trạng
col-participants-reported = Số người tham dự được báo cáo
errors-to-fix = Có { $count } điểm cần sửa
pager = Các trang
pager-previous = Trang trước
pager-next = Trang sau

## Sign-in
sign-in-resume = Phiên đăng nhập của bạn đã kết thúc trước khi nội dung bạn gửi được lưu. Không có gì bị mất: hãy đăng nhập lại, sau đó bạn có thể gửi lại.
field-email = Địa chỉ email
field-password = Mật khẩu
sign-in-help = Tài khoản được tạo theo lời mời của nhóm HRWG. Nếu bạn quên mật khẩu, hãy đề nghị nhóm gửi cho bạn một đường dẫn mời mới.

## Home page
home-title = Các cuộc tham vấn về quyền của người lao động di cư trong ASEAN
new-consultation = Cuộc tham vấn mới
new-series = Chuỗi hoạt động mới
home-lead = Các Quốc gia Thành viên ASEAN thực hiện Đồng thuận ASEAN năm 2017 về bảo vệ và thúc đẩy quyền của người lao động di cư như thế nào, qua thảo luận tại các cuộc tham vấn quốc gia giữa chính phủ, các cơ quan ASEAN và xã hội dân sự.
organised-by = Đơn vị tổ chức:
funded-by = nhà tài trợ:
held-planned = { $held } cuộc đã tổ chức, { $planned } cuộc dự kiến.
series-consultations-caption = Các cuộc tham vấn thuộc chuỗi hoạt động này
series-all-consultations = Tất cả { $count } cuộc tham vấn của chuỗi hoạt động này
with-filters = , có bộ lọc.
no-consultations-yet = Chưa có cuộc tham vấn nào được công bố.
member-states = Các Quốc gia Thành viên
states-caption = Mười một Quốc gia Thành viên ASEAN và các cuộc tham vấn của từng nước
col-member-state = Quốc gia Thành viên
col-member-since = Thành viên ASEAN từ năm
col-consultations-held = Số cuộc tham vấn đã tổ chức
col-planned = Dự kiến
col-last-held = Lần tổ chức gần nhất

## A consultation's page
breadcrumb = Đường dẫn
edit-consultation = Sửa cuộc tham vấn
add-session = Thêm phiên
import-participants = Nhập danh sách người tham dự
chatham-house-note = Được tổ chức theo quy tắc Chatham House: có thể thuật lại những gì đã được nói, nhưng không nêu ai đã nói.
in-series = Trong chuỗi hoạt động
consultation-number = Cuộc tham vấn số { $n }
venue = Địa điểm tổ chức
states-covered = Các Quốc gia Thành viên liên quan
regional = Khu vực
not-stated = không nêu
languages = Ngôn ngữ
participants = Người tham dự
objectives = Mục tiêu
summary = Tóm tắt
agenda = Chương trình nghị sự
no-agenda = Chưa có chương trình nghị sự nào được công bố cho cuộc tham vấn này.
themes-label = Chủ đề:
read-note = Đọc ghi chép
on-session = về { $title }
write-note = Viết ghi chép
edit = Sửa
move-up = Chuyển lên
move-down = Chuyển xuống
remove-from-agenda = Gỡ khỏi chương trình
organisations-taking-part = Các tổ chức tham gia
no-participants = Chưa ghi nhận tổ chức tham gia nào.
demo = Minh họa
demo-head-counts = Số người theo giới tính là số liệu minh họa, không lấy từ báo cáo.
demo-head-counts-reported = Số người theo giới tính là số liệu minh họa, không lấy từ báo cáo (báo cáo ghi: { $reported }).
organisations-roles-caption = Các tổ chức và vai trò
col-organisation = Tổ chức
col-kind = Loại
col-based-in = Trụ sở tại
col-role = Vai trò
col-people-counted = Số người
stakeholder-mix = Cơ cấu các bên liên quan
mix-caption = Các tổ chức theo loại bên liên quan
mix-caption-people = Các tổ chức và số người theo loại bên liên quan
col-women = Nữ
col-men = Nam
col-other-sex = Khác hoặc không nêu
participants-by-sex = Người tham dự theo giới tính
no-head-counts = Chưa ghi nhận số người theo giới tính.
no-head-counts-reported = Chưa ghi nhận số người theo giới tính; báo cáo ghi: { $reported }.
head-counts = Số người theo giới tính
head-counts-demo = Số người theo giới tính (số liệu minh họa)
col-total = Tổng số
participation-records = Bản ghi tham dự
add-organisation = Thêm tổ chức
records-caption = Bản ghi theo tổ chức (nhân viên)
people-who-took-part = Những người đã tham dự
personal-data-notice = Dữ liệu cá nhân: chỉ nhân viên HRWG được xem.
people-count = { $count } người
col-name = Họ tên
col-sex = Giới tính
findings-of-consultation = Các phát hiện từ cuộc tham vấn này
source = Nguồn: { $source }
col-female = Nữ
col-male = Nam

## Ai được xem một bản ghi (nhân viên được thông báo trên trang của bản ghi)
audience-public = mọi người (công khai)
audience-members = thành viên đã đăng nhập
audience-staff = chỉ nhân viên
visible-to = Người được xem: { $audience }
visible-to-set-on = Người được xem: { $audience } ({ $parent })
set-on-session = theo thiết lập của phiên
set-on-consultation = theo thiết lập của cuộc tham vấn
set-on-series = theo thiết lập của chuỗi hoạt động
participants-reported = { $count } người tham dự (theo báo cáo)
participants-reported-note = { $note } người tham dự (theo báo cáo)

## The note form
note-edit-title = Sửa ghi chép: { $session }
note-new-title = Ghi chép mới: { $session }
note-correct-heading = Đính chính ghi chép đã công bố
note-edit-heading = Sửa ghi chép của bạn
note-on-session = Về phiên: { $session }
note-chatham-house = Cuộc tham vấn này được tổ chức theo quy tắc Chatham House: khi được công bố, ghi chép sẽ không cho biết ai là người viết, và những phát biểu bạn đánh dấu không ghi danh sẽ chỉ hiển thị lĩnh vực của người phát biểu.
reviewer-asked = Những điều người xem xét đề nghị bạn sửa
reviewer-asked-hint = Hãy sửa ghi chép bên dưới rồi gửi lại.
note-conflict = Ghi chép này đã được lưu ở nơi khác kể từ khi bạn mở nó
note-conflict-hint = Văn bản của bạn vẫn ở bên dưới và chưa được lưu. Hãy lưu lại để giữ phiên bản của bạn.
statement-n = Phát biểu { $n }
not-attributed-check = Không ghi danh (Chatham House)
speaker-sector = Lĩnh vực của người phát biểu
not-given = Không nêu
propose-visibility = Ai được đọc ghi chép này (bạn đề xuất; HRWG quyết định)
attribution-legend = Ghi chép khi công bố sẽ ghi danh bạn như thế nào
attribution-hint = Do bạn lựa chọn. HRWG có thể công bố với mức ghi danh ít hơn, không bao giờ nhiều hơn.
attribution-hint-chatham = Theo quy tắc Chatham House, các ghi chép được công bố của cuộc tham vấn này không nêu tên bất kỳ ai, dù bạn chọn thế nào.
correction-reason = Lý do đính chính
correction-reason-hint = Hiển thị trong lịch sử của ghi chép
save-correction = Lưu nội dung đính chính
save-draft-hint = Khi lưu, bản nháp chỉ mình bạn xem được; mỗi lần lưu sẽ có thêm ô để nhập phát biểu.
save-draft = Lưu bản nháp
save-and-submit = Lưu và gửi để xem xét
submit-hint = Trước khi ghi chép được chuyển đến người xem xét, bạn sẽ được xem lại cách ghi danh bạn và ai được đọc.

## Hints beside fields (also on the help page)
hint-public = Công khai
hint-public-text = bất kỳ ai, không cần đăng nhập.
hint-members = Thành viên
hint-members-text = bất kỳ ai đã đăng nhập (đối tác, cán bộ, nhân viên HRWG).
hint-staff = Chỉ nhân viên
hint-staff-text = nhân viên HRWG và quản trị viên.
hint-never-wider = Một bản ghi không bao giờ được hiển thị rộng hơn phạm vi của mục chứa nó: một ghi chép công khai thuộc một phiên chỉ dành cho nhân viên thì cũng chỉ nhân viên được xem.
hint-levels = Các mức đánh giá cho từng điều khoản:
level-0 = 0 Chưa bắt đầu
level-0-text = chưa có hành động nào.
level-1 = 1 Ban đầu
level-1-text = những bước đầu tiên (một nghiên cứu, một kế hoạch, một dự thảo), chưa có gì có hiệu lực.
level-2 = 2 Một phần
level-2-text = có hiệu lực đối với một số người lao động hoặc một phần của điều khoản.
level-3 = 3 Phần lớn
level-3-text = có hiệu lực và được áp dụng cho phần lớn người lao động di cư, còn những khoảng trống.
level-4 = 4 Đầy đủ
level-4-text = có hiệu lực, được áp dụng và giám sát đối với tất cả người lao động di cư.
hint-left-out = "Không áp dụng" và "Không có thông tin" không được tính vào điểm trung bình.
hint-not-attributed = Không ghi danh
hint-not-attributed-text = ghi chép khi công bố sẽ nêu phát biểu mà không nêu người phát biểu, chỉ ghi "không ghi danh" và lĩnh vực của người phát biểu nếu bạn chọn (ví dụ "một người phát biểu từ cơ quan chính phủ"). Hãy dùng cho những điều được nói theo quy tắc Chatham House, hoặc khi việc nêu tên có thể gây nguy hiểm cho người đó. Bản nháp của bạn và những người xem xét của HRWG vẫn thấy những gì bạn viết.

## Cách ghi chép ghi danh tác giả và người phát biểu
not-attributed = Không ghi danh
not-attributed-from = Không ghi danh: một người phát biểu thuộc { $sector }
speaker-sector-is = Lĩnh vực của người phát biểu: { $sector }
note-by = Ghi chép của { $who }
note-by-partner = Ghi chép của một đối tác xã hội dân sự
written-by = Người viết: { $who }. Tác giả đã chọn: { $chosen }.
written-by-published-with = Người viết: { $who }. Tác giả đã chọn: { $chosen }; được công bố với: { $published }.
attribution-name-explained = Người đọc sẽ thấy tên bạn và tên tổ chức của bạn.
attribution-organisation-explained = Người đọc sẽ thấy tên tổ chức của bạn, không thấy tên bạn.
attribution-none-explained = Người đọc chỉ thấy “một đối tác xã hội dân sự”: không thấy tên bạn, cũng không thấy tên tổ chức của bạn.

## A note's page
note-title = Ghi chép: { $session }
note-heading = Ghi chép về: { $session }
readers-see-no-name = Theo quy tắc Chatham House, người đọc không thấy tên ai.
reviewer-comment = Nhận xét của người xem xét:
finding-from-statement = Tạo phát hiện từ phát biểu này
what-became-of-it = Kết quả tiếp theo
note-history = Lịch sử của ghi chép này
submit-for-review = Gửi để xem xét
withdraw = Rút lại
restore-draft = Khôi phục thành bản nháp
correct = Đính chính
review = Xem xét
comment-for-author = Nhận xét gửi tác giả
return-to-author = Trả lại cho tác giả
publish-for = Công bố cho
attribution-for-staff = Mức ghi danh (tác giả đã chọn: { $chosen }; bạn có thể chọn ít hơn, không được nhiều hơn)
publish = Công bố

## Checking a note before submitting it
confirm-note-title = Kiểm tra và gửi ghi chép của bạn: { $session }
the-note = Ghi chép
check-before-submit = Kiểm tra trước khi gửi
confirm-note-lead = Ghi chép của bạn về “{ $session }” đã được lưu thành bản nháp. Hãy kiểm tra cách ghi chép sẽ ghi danh bạn và những ai bạn đề xuất được đọc; sau đó gửi cho những người xem xét của HRWG.
confirm-chatham-house = Cuộc tham vấn này được tổ chức theo quy tắc Chatham House, nên ghi chép khi công bố sẽ không nêu tên bạn hoặc tổ chức của bạn, dù bạn chọn thế nào.
readers-will-see = Người đọc sẽ thấy:
who-you-propose = Những ai bạn đề xuất được đọc
hrwg-decides = HRWG quyết định khi công bố, và có thể công bố với mức ghi danh ít hơn lựa chọn của bạn, không bao giờ nhiều hơn.
change-note = Sửa ghi chép

## My notes and the review queue
review-empty = Không có ghi chép nào đang chờ xem xét.
review-empty-hint = Khi một đối tác gửi ghi chép về một phiên, ghi chép sẽ hiện ở đây, và con số bên cạnh "Hàng chờ xem xét" trên thanh điều hướng cho biết có bao nhiêu ghi chép đang chờ.
my-notes-empty = Bạn chưa viết ghi chép nào.
my-notes-first = Để viết ghi chép đầu tiên:
my-notes-step-1-before = Mở một cuộc tham vấn mà tổ chức của bạn đã tham gia, từ
my-notes-step-1-link = danh sách các cuộc tham vấn
my-notes-step-2 = Trong chương trình nghị sự, hãy chọn phiên bạn đã tham dự và bấm "Viết ghi chép".
my-notes-step-3 = Lưu bản nháp bao nhiêu lần tùy ý (chỉ mình bạn xem được), sau đó gửi để HRWG xem xét.
my-notes-no-session = Nếu không phiên nào có mục "Viết ghi chép", nghĩa là tổ chức của bạn chưa được ghi nhận là đã tham gia cuộc tham vấn đó: hãy đề nghị nhân viên HRWG bổ sung.
col-session = Phiên
col-author = Tác giả
col-dates = Ngày
col-reviewer-comment = Nhận xét của người xem xét
outcomes-heading = Kết quả từ các ghi chép của bạn
outcomes-none = Chưa có ghi chép nào của bạn được công bố. Khi HRWG công bố, các phát hiện rút ra từ ghi chép và việc theo dõi thực hiện sẽ được liệt kê ở đây.
outcomes-no-finding = Chưa có phát hiện nào được rút ra từ ghi chép này.
status-is = Tình trạng: { $status }
no-progress-yet = Chưa có báo cáo tiến độ.
latest-update = Cập nhật gần nhất, { $update }
notes-count = { $count } ghi chép
date-written = Viết ngày
date-submitted = Gửi ngày
date-returned = Trả lại ngày
date-published = Công bố ngày
my-notes-intro = Các ghi chép bạn đã viết, ghi chép thay đổi gần nhất ở trên cùng: tình trạng của từng ghi chép, nhận xét của người xem xét, và kết quả từ những ghi chép đã công bố.
review-heading = Ghi chép cần xem xét
review-intro = Các ghi chép đã gửi, ghi chép thay đổi gần nhất ở trên cùng. Hãy trả lại ghi chép kèm nhận xét, hoặc công bố với phạm vi truy cập do bạn quyết định.
error-pdf-unavailable-title = Không tạo được báo cáo PDF
error-pdf-unavailable = Báo cáo PDF cần phông chữ { $family }, hiện chưa được cài đặt trên máy chủ này. Quản trị viên có thể cài bằng gói Debian { $package } (apt-get install { $package }). Trong lúc chờ, có thể in trang báo cáo (cùng địa chỉ, bỏ phần .pdf) từ trình duyệt.

## The regional dashboard
dashboard-title = Bảng tổng hợp tiến độ khu vực
dashboard-lead = Tình hình của từng Quốc gia Thành viên ASEAN trong việc thực hiện Đồng thuận về quyền của người lao động di cư, tính đến { $today }. Mỗi số liệu đều dẫn đến các bản ghi làm căn cứ.
scope-public = Bạn chỉ đang xem dữ liệu công khai.
scope-members = Bạn đang xem dữ liệu công khai và dữ liệu dành cho thành viên.
scope-all = Bạn đang xem toàn bộ dữ liệu, kể cả hồ sơ chỉ dành cho nhân viên.
members-see-more = Thành viên đã đăng nhập được xem nhiều hơn.
dashboard-demo = Các số liệu này gồm cả bản ghi minh họa ({ $kinds }): ví dụ được nạp cùng dữ liệu minh họa, không phải số liệu thật.
overview-heading = Tình hình của từng Quốc gia Thành viên
overview-caption = Mỗi Quốc gia Thành viên một dòng: các cuộc tham vấn đã tổ chức, kết quả thực hiện các khuyến nghị đưa ra cho quốc gia đó, và các bản tự đánh giá gần nhất; chi tiết ở các trang có liên kết bên dưới
col-standing = Tình hình
col-recommendations = Khuyến nghị
col-latest-assessment = Tự đánh giá gần nhất (0 đến 4)
yours = Của bạn
n-held = { $n } đã tổ chức
n-planned = { $n } dự kiến
last-held = gần nhất
none-yet = Chưa có
n-open = { $n } chưa xử lý
n-in-progress = { $n } đang thực hiện
n-implemented = { $n } đã thực hiện
of-total = trên tổng số
n-overdue = { $n } quá hạn
latest-assessment = Tự đánh giá gần nhất
not-a-member = Không phải thành viên
side-government = Chính phủ
none-yet-lower = chưa có
side-civil-society = xã hội dân sự
overview-note = "Đang thực hiện": một số khuyến nghị đang được thực hiện hoặc đã thực hiện và không có khuyến nghị nào quá hạn. "Chậm theo dõi thực hiện": có khuyến nghị đã quá hạn mà chưa được thực hiện. Số chưa xử lý, đang thực hiện và đã thực hiện cộng lại không bằng tổng số khi có khuyến nghị đã được chấp nhận nhưng chưa bắt đầu, hoặc không được chấp nhận.
filter-dashboard = Lọc bảng tổng hợp
series = Chuỗi hoạt động
all-series = Tất cả các chuỗi hoạt động
from = Từ
to = Đến
theme-narrows = Chủ đề (thu hẹp các phát hiện)
all-themes = Tất cả các chủ đề
show = Hiển thị
clear = Xóa bộ lọc
details = Chi tiết
consultations-participation = Tham vấn và sự tham gia
states-table-caption = Các cuộc tham vấn liên quan đến từng Quốc gia Thành viên và những người đã tham dự (số người, theo giới tính và theo nhóm bên liên quan)
col-membership = Tư cách thành viên
col-held = Đã tổ chức
new-member = Thành viên mới
findings-follow-up = Phát hiện và theo dõi thực hiện
findings-chart-caption = Các phát hiện theo loại; bảng có cùng số liệu.
findings-table-caption = Các phát hiện về từng Quốc gia Thành viên theo loại, và kết quả thực hiện các khuyến nghị
col-implemented = Đã thực hiện
col-overdue = Quá hạn theo dõi thực hiện
assessments-table-caption = Điểm trung bình (0 đến 4) của bản tự đánh giá gần nhất đã nộp của mỗi bên; "không áp dụng" và "không có thông tin" không được tính vào điểm trung bình
col-civil-society = Xã hội dân sự
no-assessment-yet = Chưa có bản đánh giá
timeline-heading = Tiến trình các cuộc tham vấn
timeline-chart-caption = Các cuộc tham vấn theo năm: dự kiến so với đã tổ chức, tạm hoãn và đã hủy.
timeline-table-caption = Các cuộc tham vấn theo năm và giai đoạn
table-link = Bảng số liệu: { $caption }
col-year = Năm
theme-heat-heading = Các phát hiện theo chủ đề
theme-heat-caption = Màu càng đậm, càng nhiều phát hiện. Các cột T1 đến T{ $n } là các chủ đề của bảng bên dưới.
theme-table-caption = Các phát hiện theo Quốc gia Thành viên và chủ đề
chapter-heat-heading = Các phát hiện và điểm đánh giá theo chương của Đồng thuận
chapter-heat-caption = Các phát hiện theo từng chương; màu càng đậm, càng nhiều.
government-heat-caption = Tự đánh giá của chính phủ theo chương; màu càng đậm, điểm càng cao.
civil-society-heat-caption = Đánh giá của xã hội dân sự theo chương; màu càng đậm, điểm càng cao.
chapter-table-caption = Các phát hiện và điểm trung bình của mỗi bên, theo Quốc gia Thành viên và chương (phát hiện / chính phủ / xã hội dân sự)

## Downloads of the dashboard
download-csv = Tải xuống CSV
download-xlsx = Tải xuống Excel (.xlsx)
of-state-table = của bảng Quốc gia Thành viên
the-state-table = bảng Quốc gia Thành viên

## Tình hình của Quốc gia Thành viên (phần tổng quan của bảng tổng hợp)
progress-not-member = Chưa là thành viên
progress-planned = Đã dự kiến tham vấn
progress-not-consulted = Chưa được tham vấn
progress-no-recommendations = Đã tham vấn; chưa có khuyến nghị
progress-overdue = Chậm theo dõi thực hiện
progress-all-implemented = Đã thực hiện tất cả các khuyến nghị
progress-implementing = Đang thực hiện
progress-open = Khuyến nghị chưa được xử lý
progress-held = Đã tổ chức { $count } cuộc tham vấn
progress-implemented = Đã thực hiện { $implemented } trên { $all } khuyến nghị
progress-implemented-overdue = Đã thực hiện { $implemented } trên { $all } khuyến nghị, { $overdue } quá hạn
member-since = Thành viên từ { $date }
observer-since = Quan sát viên từ { $date }; chưa là thành viên
not-dated-yet = Chưa có ngày

## A Member State's page
brief-to-print = Bản tóm tắt quốc gia để in
brief-pdf = Bản tóm tắt (PDF)
state-note = Ghi chú
state-no-consultations = Chưa có cuộc tham vấn nào liên quan đến { $state } được công bố.
state-consultations-caption = Các cuộc tham vấn liên quan đến Quốc gia Thành viên này
state-all-consultations = Tất cả các cuộc tham vấn liên quan đến { $state }
of-state-consultations = của các cuộc tham vấn liên quan đến { $state }
state-consultations-hint = tất cả các cuộc tham vấn liên quan đến { $state }
of-state-findings = của các phát hiện về { $state }
state-findings-hint = các phát hiện và khuyến nghị về { $state }, kèm cập nhật gần nhất
state-organisations = Các tổ chức có trụ sở tại { $state }
state-no-organisations = Chưa ghi nhận tổ chức nào tại { $state }.
state-all-organisations = Tất cả các tổ chức có trụ sở tại { $state }

## Search
search-words = Từ cần tìm
search-kind = Loại bản ghi
search-any = Tất cả
search-no-results = Không có kết quả
search-results = Kết quả { $first } đến { $last } trên tổng số { $total }
search-results-more = Kết quả { $first } đến { $last } trên tổng số hơn { $total }
search-in = trong các cuộc tham vấn, tổ chức, cam kết, phiên, phát hiện và ghi chép đã công bố, kết quả khớp nhất ở trên cùng (dấu, chữ hoa chữ thường và khoảng trắng trong tên không ảnh hưởng).
search-in-with-people = trong các cuộc tham vấn, tổ chức, cá nhân, cam kết, phiên, phát hiện và ghi chép đã công bố, kết quả khớp nhất ở trên cùng (dấu, chữ hoa chữ thường và khoảng trắng trong tên không ảnh hưởng).
search-narrow = Thu hẹp tìm kiếm
remove = bỏ
search-capped = Số lượng được tính trên { $cap } kết quả khớp nhất của mỗi loại; hãy thêm từ để thu hẹp tìm kiếm.
search-try = Không tìm thấy: có thể thử
search-fewer-words = Ít từ hơn:
search-another-spelling = Cách viết khác:
search-spelling-hint = Cách viết khác, hoặc một phần ngắn hơn của từ (có thể tìm một cái tên từ bất kỳ phần nào của nó).
search-remove-filter = Bỏ một bộ lọc: tìm
search-other-filters = Các danh sách sau có bộ lọc riêng:
findings-tracker = bảng theo dõi phát hiện
search-pages = Các trang kết quả
previous = Trước
next = Sau

## The account page
acting-for = Đại diện cho
two-factor = Đăng nhập hai bước
on = Đang bật
off = Đang tắt
change-password = Đổi mật khẩu
turn-on-two-factor = Bật đăng nhập hai bước
api-tokens = Mã truy cập API
api-tokens-intro = Mã truy cập cho phép một chương trình đọc API thay bạn: chương trình thấy đúng những gì bạn thấy, không hơn. Mã chỉ có quyền đọc. Mỗi mã chỉ hiển thị một lần, khi bạn tạo mã; hãy thu hồi mã bạn không còn dùng.
the-api = API
your-tokens = Các mã của bạn
col-made = Ngày tạo
col-last-used = Lần dùng gần nhất
col-uses = Số lần dùng
col-state = Trạng thái
never = Chưa dùng
revoked-on = Đã thu hồi ngày { $date }
revoke-token = Thu hồi { $name }
new-token-name = Tên của mã mới
new-token-hint = Thứ sẽ dùng mã, chẳng hạn trang web của đối tác hoặc một bảng tính.
make-token = Tạo mã

## The help page
help-lead = Những việc bạn có thể làm trên Musyawarah theo từng vai trò, và ý nghĩa của các từ trên biểu mẫu.
help-contents = Mục lục
help-you = Bạn
help-everyone = Đọc Musyawarah
help-everyone-1 = Bất kỳ ai cũng có thể đọc những nội dung công khai mà không cần đăng nhập: các chuỗi tham vấn, từng cuộc tham vấn đã tổ chức cùng chương trình nghị sự và các tổ chức tham gia, trang của các Quốc gia Thành viên, các cam kết của Đồng thuận ASEAN, các phát hiện công khai và bảng tổng hợp khu vực.
help-everyone-2 = <strong>Tham vấn</strong> (trang chủ): từng chuỗi hoạt động và các cuộc tham vấn của chuỗi; mở một cuộc tham vấn để xem chương trình nghị sự, diễn giả và người tham dự.
help-everyone-3 = <strong>Bảng tổng hợp</strong>: tình hình của từng Quốc gia Thành viên, sau đó là chi tiết; mỗi số liệu đều dẫn đến các bản ghi làm căn cứ. Có thể in trên khổ A4.
help-everyone-4 = <strong>Phát hiện</strong>: các thách thức, cơ hội, thực tiễn tốt và khuyến nghị, cùng kết quả thực hiện từng khuyến nghị.
help-everyone-5 = <strong>Tìm kiếm</strong>: các cuộc tham vấn, phiên, ghi chép đã công bố, phát hiện và tổ chức.
help-everyone-6 = Tài khoản được tạo theo lời mời của HRWG. Nếu bạn đã có tài khoản, hãy đăng nhập để xem tài liệu dành cho thành viên.
help-partners = Dành cho đối tác xã hội dân sự
help-partners-1 = Viết ghi chép về một phiên mà tổ chức của bạn đã tham dự: mở cuộc tham vấn và chọn "Viết ghi chép" bên dưới phiên đó. Bản nháp được giữ lại trong khi bạn gõ; bản nháp thuộc về bạn cho đến khi bạn gửi.
help-partners-2 = Gửi ghi chép khi đã sẵn sàng; HRWG xem xét, có thể trả lại cho bạn kèm nhận xét, và công bố cho những người đọc do HRWG chọn (không bao giờ rộng hơn phạm vi bạn đề xuất).
help-partners-3 = Đánh dấu một phát biểu là <strong>không ghi danh</strong> khi việc nêu tên người phát biểu có thể gây hại cho họ (xem <a href="#words">giải thích các từ bên dưới</a>).
help-partners-4 = <strong>Ghi chép của tôi</strong> liệt kê các ghi chép của bạn, tình trạng của từng ghi chép và kết quả thực hiện các khuyến nghị rút ra từ đó.
help-partners-5 = <strong>Tự đánh giá</strong>: đánh giá mức độ Quốc gia Thành viên của bạn thực hiện từng điều khoản, từ góc độ xã hội dân sự.
help-officials = Dành cho cán bộ ACMW và cán bộ chính phủ
help-officials-1 = <strong>Bảng tổng hợp</strong> đánh dấu Quốc gia Thành viên của bạn; bảng đầu tiên cho biết tình hình của từng nước, và các số liệu bên dưới dẫn đến các phát hiện và cuộc tham vấn làm căn cứ.
help-officials-2 = <strong>Tự đánh giá</strong>: điền bản tự đánh giá của chính phủ theo từng chương rồi nộp; phần so sánh cho thấy những điều khoản mà chính phủ và xã hội dân sự đánh giá khác nhau.
help-officials-3 = Các phát hiện gửi đến Quốc gia Thành viên của bạn nằm trong bảng theo dõi <strong>Phát hiện</strong> (lọc theo quốc gia).
help-staff = Dành cho nhân viên HRWG
help-staff-1 = Ghi nhận các chuỗi hoạt động, cuộc tham vấn và chương trình nghị sự (các phiên), các tổ chức và cá nhân đã tham gia, và số người; nhập danh sách người tham dự từ tệp CSV (mỗi dòng được kiểm tra trước khi ghi).
help-staff-2 = <strong>Hàng chờ xem xét</strong> chứa các ghi chép đã gửi: trả lại kèm nhận xét, hoặc công bố và chọn ai được đọc.
help-staff-3 = Chuyển một phát biểu đã công bố thành phát hiện, gửi đến một Quốc gia Thành viên hoặc tổ chức, và ghi nhận việc theo dõi thực hiện.
help-staff-4 = Dữ liệu cá nhân (họ tên, thông tin liên hệ, chức vụ) chỉ dành cho nhân viên.
help-admins = Dành cho quản trị viên
help-admins-1 = <strong>Người dùng</strong>: mời một người (bạn sẽ nhận một đường dẫn dùng một lần để gửi cho họ), đổi vai trò hoặc phạm vi, vô hiệu hóa tài khoản, gửi lời mời mới.
help-admins-2 = <strong>Nhật ký kiểm tra</strong>: mọi lần đăng nhập, lời mời, thay đổi vai trò và thao tác ghi dữ liệu, cùng người thực hiện và thời điểm.
help-admins-3 = Nhân viên và quản trị viên đăng nhập bằng yếu tố xác thực thứ hai (ứng dụng xác thực).
help-words = Ý nghĩa của các từ trên biểu mẫu
help-who-may-see = Ai được xem
help-rating-levels = Các mức đánh giá (tự đánh giá)
help-not-attributed = Không ghi danh (ghi chép)

## The findings tracker
tracker-lead = Các thách thức, cơ hội, thực tiễn tốt và khuyến nghị từ các cuộc tham vấn, gắn với các cam kết của Đồng thuận.
add-finding = Thêm phát hiện
commitment-code = Mã cam kết
chapter = Chương
theme = Chủ đề
consultation-slug = Cuộc tham vấn (tên trong địa chỉ của trang)
series-slug = Chuỗi hoạt động (tên trong địa chỉ của trang)
sort = Sắp xếp
overdue-only = Chỉ những mục quá hạn
filter = Lọc
more-than-findings = Hơn { $count } phát hiện
col-finding = Phát hiện
overdue = quá hạn
no-finding-matches = Không có phát hiện nào khớp với các bộ lọc này.

## Downloads
download-of = cho { $what }

## A consultation's reports and downloads
report-to-print = Báo cáo để in
report-pdf = Báo cáo (PDF)
download-zip = Tải xuống toàn bộ nội dung cuộc tham vấn này (.zip)
zip-hint-public = các tệp CSV và một tài liệu JSON gồm những gì bạn được xem: chỉ dữ liệu công khai
zip-hint-members = các tệp CSV và một tài liệu JSON gồm những gì bạn được xem: dữ liệu công khai và dữ liệu dành cho thành viên
zip-hint-all = các tệp CSV và một tài liệu JSON gồm những gì bạn được xem: toàn bộ dữ liệu, kể cả hồ sơ chỉ dành cho nhân viên

## The list of consultations
consultations-word = cuộc tham vấn
no-consultation-matches = Không có cuộc tham vấn nào phù hợp.
consultations-newest-first = Các cuộc tham vấn, mới nhất ở trên cùng

## The organisations
organisations-lead = Các chính phủ, cơ quan ASEAN, tổ chức xã hội dân sự, tổ chức quốc tế và nhà tài trợ tham gia các cuộc tham vấn.
name-contains = Tên có chứa
all-kinds = Tất cả các loại
anywhere = Bất kỳ đâu
regional-or-international = Khu vực hoặc quốc tế
organisations-count = { $count } tổ chức
organisations-matching = { $count } tổ chức khớp với bộ lọc
range = { $first } đến { $last }
no-organisation-matches = Không có tổ chức nào khớp với các bộ lọc này.

## An organisation's page
edit-or-merge = Sửa hoặc hợp nhất
also-known-as = Còn gọi là
website = Trang web
organisation-no-history = Chưa ghi nhận việc tham gia hoặc phát biểu tại cuộc tham vấn nào đã công bố.
organisation-history-caption = Các cuộc tham vấn mà { $name } đã tham gia hoặc phát biểu
col-spoke-in = Phát biểu tại
speaker-only = Chỉ là diễn giả
this-list-of-consultations = danh sách các cuộc tham vấn này

## A finding's page
where-it-came-from = Nguồn gốc
drawn-from-note = Ghi chép mà phát hiện này được rút ra
drawn-from-hidden-note = Rút ra từ một ghi chép không được công bố cho bạn
none-given = không nêu
themes = Chủ đề
visible-to-label = Người được xem
follow-up = Theo dõi thực hiện
addressed-to = Gửi đến
due = Hạn
no-progress-recorded = Chưa ghi nhận tiến độ nào.
status-lower = tình trạng:
add-progress = Thêm tiến độ
date = Ngày
what-happened = Diễn biến
evidence-links = Đường dẫn đến bằng chứng, mỗi dòng một đường dẫn
new-status = Tình trạng mới
unchanged = Không đổi
record-progress = Ghi nhận tiến độ

## Self-assessments
assessments-lead = Chính phủ tự đánh giá việc thực hiện Đồng thuận; xã hội dân sự thực hiện một bản đánh giá song song; những điểm hai bên khác nhau là nơi cần hướng cuộc đối thoại.
regional-view = Góc nhìn khu vực
no-round-yet = Chưa có đợt tự đánh giá nào được mở cho bạn.
no-round-yet-hint = Nhân viên HRWG mở một đợt cho một Quốc gia Thành viên và một chu kỳ; sau đó cán bộ của quốc gia đó điền bản đánh giá của chính phủ, và các đối tác từ quốc gia đó điền bản đánh giá của xã hội dân sự.
ask-for-round = Để đề nghị mở một đợt, hãy viết cho đầu mối liên hệ HRWG của bạn, nêu Quốc gia Thành viên và chu kỳ bạn dự định.
rounds = Các đợt
cycle = Chu kỳ
comparison = So sánh
round = Đợt
government-assessment-of = bản đánh giá của chính phủ, { $state } { $cycle }
civil-society-assessment-of = bản đánh giá của xã hội dân sự, { $state } { $cycle }
compare = So sánh
nothing-to-compare = Chưa có bản nào được nộp để so sánh
shared-with = Chia sẻ với
save = Lưu
open-round = Mở một đợt
choose = Chọn…
open-the-round = Mở đợt

## Các dòng trạng thái của biểu mẫu ghi chép (tập lệnh)
draft-saving = Đang lưu...
draft-login-warning = Phiên đăng nhập của bạn sẽ kết thúc sau khoảng { $minutes } phút nếu không có thao tác. Hãy lưu bản nháp để tiếp tục đăng nhập; những gì bạn gõ được giữ trong trình duyệt này.
draft-login-ended = Phiên đăng nhập của bạn có lẽ đã kết thúc. Những gì bạn gõ được giữ trong trình duyệt này; hãy bấm Lưu bản nháp để đăng nhập lại và lưu.
draft-not-saved-ended = Chưa lưu: phiên đăng nhập của bạn đã kết thúc. Những gì bạn gõ được giữ trong trình duyệt này; hãy bấm Lưu bản nháp để đăng nhập lại và lưu.
draft-not-saved-conflict = Chưa lưu: ghi chép này đã được thay đổi ở nơi khác, hoặc không thể sửa tại đây nữa. Hãy bấm Lưu bản nháp để xem cả hai phiên bản.
draft-not-saved-invalid = Chưa lưu: có nội dung trong biểu mẫu cần sửa. Hãy bấm Lưu bản nháp để xem.
draft-not-saved-error = Chưa lưu: máy chủ hiện chưa lưu được (lỗi { $status }). Những gì bạn gõ được giữ trong trình duyệt này; hệ thống sẽ thử lại.
draft-saved-at = Đã lưu bản nháp lúc { $time }.
draft-offline = Chưa lưu: không có kết nối. Những gì bạn gõ được giữ trong trình duyệt này; hệ thống sẽ thử lại.

## An assessment
assessment-title = Bản tự đánh giá của { $side }: { $state }, { $cycle }
and-locked = và đã khóa.
compare-other-side = So sánh với bên còn lại
these-ratings = các điểm đánh giá này, mỗi điều khoản một dòng
one-form = Tất cả các chương là một biểu mẫu: mỗi nút "Lưu câu trả lời" sẽ lưu mọi câu trả lời trên trang.
chapter-average = Điểm trung bình { $average } ({ $rated } đã chấm, { $na } không áp dụng, { $none } không có thông tin
to-answer = , { $n } chưa trả lời
rating-for = Điểm đánh giá cho { $code }
not-answered-yet = Chưa trả lời
evidence-for = Bằng chứng cho { $code }
evidence-links-for = Đường dẫn bằng chứng cho { $code }, mỗi dòng một đường dẫn
supporting-findings = Các phát hiện làm căn cứ cho điểm đánh giá { $code }
answer-label = Câu trả lời:
not-answered = chưa trả lời
supported-by = Căn cứ:
save-answers = Lưu câu trả lời
save-answers-hidden = (tất cả các chương; từ chương { $n })
submit-assessment = Nộp bản đánh giá…
correct-answer = Đính chính một câu trả lời đã nộp
provision = Điều khoản
corrected-answer = Câu trả lời đã đính chính
evidence = Bằng chứng

## A round compared
comparison-title = So sánh: { $state } { $cycle }
comparison-heading = Chính phủ và xã hội dân sự: { $state }, { $cycle }
comparison-lead = Những chênh lệch từ hai điểm trở lên được đánh dấu: đó là nơi cần hướng cuộc đối thoại.
government-not-shared = Bản đánh giá của chính phủ chưa được nộp hoặc chưa được chia sẻ với bạn.
civil-society-not-shared = Bản đánh giá của xã hội dân sự chưa được nộp hoặc chưa được chia sẻ với bạn.
what-ratings-mean = Ý nghĩa của các mức điểm từ 0 đến 4
this-comparison = bảng so sánh này, mỗi điều khoản một dòng
chapter-averages = Chương { $n }: điểm trung bình của chính phủ { $government }, của xã hội dân sự { $civil_society }
difference = Chênh lệch
differ-by = chênh lệch { $gap }
government-evidence-for = bằng chứng của chính phủ cho { $code }
civil-society-evidence-for = bằng chứng của xã hội dân sự cho { $code }
over-time = Theo thời gian
trend-caption = Điểm trung bình theo chương qua từng đợt (chính phủ / xã hội dân sự)

## A series' page
edit-series = Sửa chuỗi hoạt động
organiser = Đơn vị tổ chức
funder = Nhà tài trợ
period-label = Thời gian
framework = Khuôn khổ
planned-in = Dự kiến tại
progress = Tiến độ
aim = Mục đích
all-series-consultations = tất cả các cuộc tham vấn của chuỗi hoạt động này

## The commitments
frameworks-lead = Các văn kiện mà các cuộc tham vấn theo dõi việc thực hiện, cùng các chương và điều khoản.
framework-counts = Đã ghi nhận { $provisions } điều khoản; { $states } Quốc gia Thành viên bị ràng buộc.
not-binding = Không có tính ràng buộc pháp lý.
no-framework = Chưa ghi nhận khuôn khổ nào.

## A framework's page
states-bound = { $states } Quốc gia Thành viên bị ràng buộc.
provisional-codes = Các mã như C3.2 là mã tạm thời của dự án này; số đoạn chính thức sẽ được điền sau khi đối chiếu với văn bản đã công bố.
no-provision = Chưa ghi nhận điều khoản nào của chương này.
provisions-of-chapter = Các điều khoản của chương { $n }
code = Mã
official-reference = Tham chiếu chính thức
duty-bearer = Chủ thể có nghĩa vụ
not-verified = chưa được xác minh

## A provision's page
not-verified-yet = chưa được xác minh
findings-on-provision = Các phát hiện về điều khoản này
no-finding-on-provision = Chưa có phát hiện nào về điều khoản này được công bố.
first-findings-region = { $count } phát hiện đầu tiên trong toàn khu vực, theo ngày tham vấn
findings-region = { $count } phát hiện trong toàn khu vực
all-findings-on = Tất cả các phát hiện về { $code } trong bảng theo dõi

## Two-factor sign-in
enter-code = Nhập mã đăng nhập
enter-code-hint = Mở ứng dụng xác thực và nhập mã 6 chữ số mà ứng dụng hiển thị cho Musyawarah. Nếu bạn bị mất điện thoại, hãy nhập một trong các mã khôi phục của bạn.
continue = Tiếp tục

## Changing a password
change-password-hint = Khi đổi mật khẩu, bạn sẽ được đăng xuất ở mọi nơi khác.
current-password = Mật khẩu hiện tại
new-password = Mật khẩu mới
password-hint = Ít nhất 12 ký tự. Vài từ không liên quan đến nhau sẽ tạo thành một mật khẩu tốt.
new-password-again = Nhập lại mật khẩu mới
change-password-button = Đổi mật khẩu

## Accepting an invitation, or a reset link
choose-new-password = Chọn mật khẩu mới
choose-your-password = Chọn mật khẩu của bạn
choose-new-password-name = { $name }, hãy chọn mật khẩu mới
reset-explained = Quản trị viên đã cấp đường dẫn này để bạn đặt mật khẩu mới cho { $email }. Khi bạn đặt mật khẩu mới, mật khẩu cũ sẽ hết hiệu lực và mọi phiên đăng nhập khác của tài khoản sẽ kết thúc.
welcome = Chào mừng { $name }
invited-explained = Bạn được mời tham gia Musyawarah với địa chỉ { $email }. Hãy chọn mật khẩu để hoàn tất việc thiết lập tài khoản.
password-again = Nhập lại mật khẩu
set-new-password = Đặt mật khẩu mới
set-password = Đặt mật khẩu

## Setting up two-factor sign-in
enrol-title = Thiết lập đăng nhập hai bước
enrol-why = Yếu tố thứ hai bảo vệ tài khoản này, và những người có hồ sơ mà tài khoản này truy cập được, ngay cả khi mật khẩu bị đánh cắp.
enrol-step-1 = Cài một ứng dụng xác thực trên điện thoại (ví dụ FreeOTP, Aegis, Google Authenticator hoặc Microsoft Authenticator).
enrol-step-2 = Trong ứng dụng, thêm tài khoản bằng cách quét mã này:
enrol-qr-alt = Mã QR để thêm Musyawarah vào ứng dụng xác thực
enrol-or-key = hoặc nhập khóa này:
enrol-step-3 = Nhập mã 6 chữ số mà ứng dụng đang hiển thị.
code-from-app = Mã từ ứng dụng

## Recovery codes
recovery-title = Các mã khôi phục của bạn
two-factor-on = Đăng nhập hai bước đã được bật
recovery-keep = Hãy cất giữ các mã khôi phục này ở nơi an toàn, tách biệt với điện thoại. Mỗi mã cho phép bạn đăng nhập một lần nếu bị mất điện thoại. Các mã chỉ được hiển thị lúc này.
signed-out-before-save = Bạn đã bị đăng xuất trước khi nội dung được lưu
recovery-then-save = Sau khi đã cất giữ các mã, hãy bấm Lưu để gửi lại.
kept-continue = Tôi đã cất giữ; tiếp tục

## Sending again after signing in
send-again = Gửi lại
signed-out-before-this = Bạn đã bị đăng xuất trước khi nội dung này được lưu
resume-notice = Văn bản của bạn ở bên dưới; hãy bấm Lưu để gửi lại. Chưa có gì được lưu.
resume-both-versions = Nếu trong lúc đó người khác đã thay đổi trang, bạn sẽ được xem cả hai phiên bản trước khi có gì bị thay thế.

## A note's history
history-title = Lịch sử ghi chép: { $session }
history-heading = Lịch sử của ghi chép về: { $session }
history-complete = Mọi phiên bản đã lưu, kể cả bản nháp và phần xem xét. Người đọc ghi chép đã công bố chỉ thấy các phiên bản đã công bố và nội dung đính chính.
history-published = Ghi chép như khi được công bố, và mọi nội dung đính chính HRWG thực hiện sau đó, kèm lý do.
revision-n = Phiên bản { $n }: { $status }
correction-n = Đính chính { $n }
by-whom = bởi { $who }
diff-added = Đã thêm:
diff-removed = Đã xóa:

## Thông báo của biểu mẫu ghi chép về từng ô
note-too-long = Ghi chép này có { $chars } ký tự; chỉ chấp nhận tối đa 50.000 ký tự. Hãy rút ngắn, hoặc viết một ghi chép thứ hai cho phần còn lại. Văn bản của bạn vẫn ở bên dưới.
note-empty = Hãy viết phần tóm tắt hoặc ít nhất một phát biểu.
note-choose-visibility = Hãy chọn những ai bạn đề xuất được đọc.
note-choose-attribution = Hãy chọn cách ghi chép khi công bố sẽ ghi danh bạn.
note-choose-sector = Hãy chọn lĩnh vực của người phát biểu trong danh sách.
note-say-why-corrected = Hãy nêu lý do đính chính ghi chép đã công bố.
note-choose-readers = Hãy chọn những ai được đọc ghi chép khi công bố.
note-less-attribution = Ghi chép có thể được công bố với mức ghi danh ít hơn lựa chọn của tác giả, không bao giờ nhiều hơn.
note-say-what-to-change = Hãy nêu những điều tác giả cần sửa.
refused-author-only = Chỉ tác giả của ghi chép mới có thể làm việc này.
refused-staff-only = Chỉ nhân viên HRWG xem xét ghi chép.
refused-published = Ghi chép này đã được công bố và khóa; nhân viên có thể đính chính, kèm lý do.
refused-withdrawn = Ghi chép này đã bị rút lại; tác giả có thể khôi phục thành bản nháp.
refused-restore = Chỉ có thể khôi phục ghi chép đã rút lại.
refused-review = Chỉ có thể xem xét ghi chép đã gửi.
refused-with-reviewers = Ghi chép này đang được xem xét; hãy rút lại để sửa, hoặc chờ đến khi ghi chép được trả lại.
refused-now = Hiện không thể thực hiện thao tác này với ghi chép.

## Hỏi trước khi thực hiện
confirm-no-go-back = Không, quay lại
withdraw-title = Rút lại ghi chép này?
withdraw-question = Rút lại ghi chép của bạn về “{ $session }”?
withdraw-explained = Ghi chép sẽ được đưa ra khỏi hàng chờ xem xét và sẽ không được công bố. Sau này bạn có thể khôi phục thành bản nháp từ trang của ghi chép.
withdraw-yes = Có, rút lại ghi chép
withdraw-no = Không, giữ lại
submit-assessment-title = Nộp bản đánh giá này?
submit-assessment-question = Nộp bản tự đánh giá của { $side } về { $state } cho { $cycle }?
submit-assessment-explained = Sau khi nộp, bản đánh giá sẽ bị khóa: bạn không thể sửa các câu trả lời nữa, và bên còn lại cùng nhân viên có thể đọc. Chỉ nhân viên HRWG mới có thể đính chính câu trả lời đã nộp, kèm lý do. Những câu trả lời bạn đã gõ mà chưa lưu sẽ không được nộp.
submit-assessment-yes = Có, nộp

## Tiêu đề và biểu đồ của bảng tổng hợp
dash-challenges = Thách thức
dash-opportunities = Cơ hội
dash-good-practices = Thực tiễn tốt
dash-asean-bodies = Các cơ quan ASEAN
dash-international = Tổ chức quốc tế
dash-others = Khác
timeline-chart-title = Các cuộc tham vấn theo năm: đã tổ chức, dự kiến, tạm hoãn và đã hủy
findings-chart-title = Các phát hiện theo Quốc gia Thành viên và loại
chapter-short = Chương { $n }
chapter-chart-title = Các phát hiện theo Quốc gia Thành viên và chương của Đồng thuận
government-chart-title = Tự đánh giá của chính phủ: điểm trung bình theo chương (0 đến 4)
civil-society-chart-title = Đánh giá của xã hội dân sự: điểm trung bình theo chương (0 đến 4)

## Các loại bản ghi minh họa mà bảng tổng hợp tính
demo-consultations = các cuộc tham vấn
demo-kind-head-counts = số người theo giới tính
demo-findings = các phát hiện
demo-assessments = các bản tự đánh giá
list-and = { $init } và { $last }

## Thông báo của các biểu mẫu dành cho nhân viên về từng ô
form-enter-title = Vui lòng nhập tiêu đề.
form-title-too-long = Tiêu đề có tối đa 300 ký tự.
form-choose-state = Vui lòng chọn một Quốc gia Thành viên trong danh sách.
form-tick-states = Vui lòng đánh dấu các Quốc gia Thành viên trong danh sách.
form-choose-organisation = Vui lòng chọn tổ chức trong danh sách.
form-choose-visibility = Vui lòng chọn những ai được xem.
form-choose-from-list = Vui lòng chọn trong danh sách.
form-too-long = Nội dung này quá dài: tối đa { $max } ký tự.
form-missing-reference = Mục này tham chiếu đến một bản ghi không tồn tại (có thể đã bị xóa); vui lòng chọn lại.
date-shape = Vui lòng nhập ngày theo dạng 2019-12-18.
date-range = Vui lòng nhập một ngày từ năm { $first } đến năm { $last }, theo dạng 2019-12-18.
conflict-still-in-form = Các thay đổi của bạn vẫn còn trong biểu mẫu và chưa được lưu. Vui lòng lưu lại để thay thế phiên bản của họ.
conflict-still-in-form-or-open = Các thay đổi của bạn vẫn còn trong biểu mẫu và chưa được lưu. Vui lòng lưu lại để thay thế phiên bản của họ, hoặc mở lại trang để xem phiên bản của họ.
field-title = Tiêu đề
field-who-may-see = Ai được xem
field-description = Mô tả
field-telephone = Điện thoại
field-staff-notes = Ghi chú của nhân viên

## Nhật ký kiểm tra
audit-who = Người thực hiện
audit-anyone = Bất kỳ ai
audit-actor-containing = Tên hoặc địa chỉ có chứa “{ $text }”
audit-only-code = Chỉ các mục có mã bắt đầu bằng “{ $code }”.
audit-show-every = Hiển thị mọi mục
audit-newest-first = Những gì đã diễn ra, mới nhất trước
audit-download-what = mọi mục mà các bộ lọc này chọn
audit-nothing-matches = Không có mục nào khớp với các bộ lọc này.
audit-was = trước đây:
audit-now = hiện nay:
audit-recorded = Nội dung đã ghi nhận
audit-older = Các mục cũ hơn
audit-when = { $time } UTC ngày { $date }

## Liên kết mời và liên kết đặt lại
invited-title = Liên kết mời
invited-reset-title = Liên kết đặt lại mật khẩu
invited-reset-heading = Liên kết đặt lại mật khẩu cho { $name }
invited-reset-send = Vui lòng gửi liên kết này đến { $email } qua một kênh bạn tin cậy. Liên kết chỉ dùng được một lần, trong { $valid_for }, và chỉ được hiển thị lúc này. Đặt mật khẩu mới bằng liên kết này sẽ kết thúc mọi phiên đăng nhập khác của tài khoản; cho đến lúc đó, mật khẩu cũ vẫn dùng được.
invited-heading = Lời mời cho { $name }
invited-send = Vui lòng gửi liên kết này đến { $email } qua một kênh bạn tin cậy. Liên kết chỉ dùng được một lần, trong { $valid_for }, và chỉ được hiển thị lúc này.
invited-copy = Sao chép liên kết
invited-copied = Đã sao chép.
invited-copy-failed = Không sao chép được: vui lòng chọn liên kết và tự sao chép.
invited-relative = Liên kết này tương đối so với địa chỉ của trang: vui lòng thêm nó vào sau địa chỉ bạn dùng để truy cập Musyawarah.
valid-days = { $n } ngày
valid-hours = { $n } giờ

## Tài khoản
user-edit-title = Sửa tài khoản
user-invite = Mời một người
user-conflict = Người khác đã thay đổi tài khoản này trong lúc bạn đang sửa
user-conflict-theirs = Các thay đổi của bạn chưa được lưu. Phiên bản của họ hiện là:
user-conflict-yours = Các thay đổi của bạn vẫn còn trong biểu mẫu bên dưới; vui lòng lưu lại để thay thế phiên bản của họ.
user-organisation = Tổ chức (đối tác)
user-member-state = Quốc gia Thành viên (cán bộ)
option-none = Không có
user-the-region-option = Khu vực (toàn ASEAN)
user-invite-button = Mời
user-invitation = Lời mời
user-new-invitation-explained = Liên kết mời mới cho phép { $name } chọn mật khẩu mới; các liên kết trước đó sẽ hết hiệu lực.
user-new-invitation = Tạo liên kết mời mới
user-password-reset = Đặt lại mật khẩu
user-password-reset-explained = Liên kết đặt lại mật khẩu cho phép { $name } chọn mật khẩu mới, một lần, trong vòng 24 giờ; việc đặt mật khẩu sẽ kết thúc các phiên đăng nhập khác của họ. Các liên kết trước đó sẽ hết hiệu lực.
user-issue-reset = Cấp liên kết đặt lại mật khẩu
users-count = { $count } tài khoản
users-two-factor = Hai bước
users-actions = Thao tác
users-the-region = khu vực
users-disabled = Đã vô hiệu hóa
users-active = Đang hoạt động
users-invited = Đã mời
users-enable = Kích hoạt
users-disable = Vô hiệu hóa

## Thông báo của biểu mẫu tài khoản
user-enter-email = Vui lòng nhập địa chỉ email của người này.
user-email-shape = Vui lòng nhập địa chỉ email dạng ten@example.org.
user-email-too-long = Địa chỉ email có tối đa 254 ký tự.
user-enter-name = Vui lòng nhập tên của người này.
name-too-long-200 = Tên ở đây có tối đa 200 ký tự.
user-choose-role = Vui lòng chọn vai trò.
user-choose-organisation = Vui lòng chọn tổ chức mà đối tác này đại diện.
user-choose-state = Vui lòng chọn Quốc gia Thành viên mà cán bộ này đại diện, hoặc khu vực.
user-email-taken = Đã có một tài khoản với địa chỉ email này.
user-own-admin-role = Bạn không thể tự bỏ vai trò quản trị viên của chính mình.
user-reset-disabled = Tài khoản này đã bị vô hiệu hóa: vui lòng kích hoạt trước khi cấp liên kết đặt lại mật khẩu.
user-disable-own = Bạn không thể vô hiệu hóa tài khoản của chính mình; vui lòng nhờ một quản trị viên khác.

## Các câu của nhật ký kiểm tra
audit-kind-accounts = Tài khoản
audit-kind-assessments = Bản đánh giá
audit-kind-assessment-rounds = Đợt đánh giá
audit-kind-commitments = Cam kết
audit-kind-consultations = Cuộc tham vấn
audit-kind-database = Cơ sở dữ liệu
audit-kind-findings = Phát hiện
audit-kind-notes = Ghi chép
audit-kind-organisations = Tổ chức
audit-kind-participation = Tham dự
audit-kind-people = Cá nhân
audit-kind-positions = Chức vụ
audit-kind-series = Chuỗi hoạt động
audit-kind-sessions = Phiên
audit-noun-account = tài khoản
audit-noun-api-token = token API
audit-noun-assessment = bản đánh giá
audit-noun-assessment-round = đợt đánh giá
audit-noun-commitment = cam kết
audit-noun-consultation = cuộc tham vấn
audit-noun-database = cơ sở dữ liệu
audit-noun-finding = phát hiện
audit-noun-note = ghi chép
audit-noun-organisation = tổ chức
audit-noun-participation = bản ghi tham dự
audit-noun-person = cá nhân
audit-noun-position = chức vụ
audit-noun-series = chuỗi hoạt động
audit-noun-session = phiên
audit-none = không có
audit-yes = có
audit-no = không
audit-who-system = Hệ thống
audit-who-someone = Một người
audit-who-command-line = Dòng lệnh
audit-record = { $noun }{ $named }
audit-record-note = ghi chép về{ $named }
audit-gone-account = một tài khoản không còn tồn tại
audit-signed-in = { $who } đã đăng nhập
audit-sign-in-failed = Một lần đăng nhập bằng tài khoản { $name } không thành công
audit-sign-in-failed-unknown = Một lần đăng nhập không thành công với tài khoản không xác định
audit-signed-out = { $who } đã đăng xuất
audit-invited = { $who } đã mời { $person }
audit-accepted = { $who } đã chấp nhận lời mời và chọn mật khẩu
audit-user-added = { $who } đã thêm tài khoản của { $person }
audit-password-changed = { $who } đã đổi mật khẩu của mình
audit-reset-issued = { $who } đã cấp liên kết đặt lại mật khẩu cho { $person }
audit-password-reset = { $who } đã đặt mật khẩu mới bằng liên kết đặt lại
audit-two-factor-on = { $who } đã bật đăng nhập hai bước
audit-two-factor-failed = { $who } đã nhập sai mã của bước thứ hai
audit-demo-loaded = { $who } đã nạp dữ liệu minh họa
audit-participants-imported = { $who } đã nhập danh sách { $count } người tham dự vào { $record }
audit-status-changed = { $who } đã thay đổi trạng thái của { $record } từ { $before } sang { $after }
audit-progress-reported = { $who } đã báo cáo tiến độ của { $record }
audit-added = { $who } đã thêm { $record }
audit-saved-unchanged = { $who } đã lưu { $record } (không có gì thay đổi)
audit-field-changed = { $who } đã thay đổi { $field } của { $record } từ { $before } sang { $after }
audit-fields-changed = { $who } đã thay đổi { $fields } của { $record }
audit-removed = { $who } đã gỡ { $record }
audit-restored = { $who } đã khôi phục { $record }
audit-deleted = { $who } đã xóa { $record }
audit-moved = { $who } đã chuyển vị trí { $record } trong chương trình nghị sự
audit-merged = { $who } đã hợp nhất { $noun }{ $named } vào { $into }
audit-merged-another = một tổ chức khác
audit-submitted = { $who } đã gửi { $record }
audit-saved = { $who } đã lưu { $record }
audit-corrected = { $who } đã đính chính { $record }
audit-published = { $who } đã công bố { $record }
audit-returned = { $who } đã trả lại { $record }
audit-withdrew = { $who } đã rút lại { $record }
audit-other = { $who }: { $action } đối với { $record }

## Tên các trường trong nhật ký kiểm tra
audit-field-title = tiêu đề
audit-field-status = trạng thái
audit-field-visibility = phạm vi hiển thị
audit-field-name = tên
audit-field-email = email
audit-field-display_name = tên hiển thị
audit-field-role = vai trò
audit-field-organisation_id = tổ chức
audit-field-member_state_code = Quốc gia Thành viên
audit-field-summary = tóm tắt
audit-field-kind = loại
audit-field-description = mô tả
audit-field-city = thành phố
audit-field-venue = địa điểm tổ chức
audit-field-starts_on = ngày bắt đầu
audit-field-ends_on = ngày kết thúc
audit-field-objectives = mục tiêu
audit-field-statement = nội dung
audit-field-themes = chủ đề
audit-field-states = các quốc gia
audit-field-commitments = cam kết
audit-field-due_on = hạn
audit-field-acronym = tên viết tắt
audit-field-website = trang web
audit-field-aliases = tên khác
audit-field-full_name = họ tên
audit-field-sex = giới tính
audit-field-phone = điện thoại
audit-field-staff_notes = ghi chú của nhân viên
audit-field-female = nữ
audit-field-male = nam
audit-field-other_or_unstated = khác hoặc không nêu
audit-field-note = ghi chú
audit-field-aim = mục đích
audit-field-people = số người

## Từ ngữ chung của các biểu mẫu dành cho nhân viên
edit-named = Sửa { $name }
conflict-caption = Phiên bản của họ và của bạn
conflict-field = Trường
conflict-theirs = Phiên bản của họ (đã lưu)
conflict-yours = Của bạn (chưa lưu)
confirm-yes-remove = Có, gỡ bỏ

## Biểu mẫu cuộc tham vấn
consultation-conflict = Người khác đã lưu cuộc tham vấn này trong lúc bạn đang sửa
consultation-conflict-differ = Các thay đổi của bạn chưa được lưu; chúng vẫn còn trong biểu mẫu bên dưới. Những chỗ hai phiên bản khác nhau:
consultation-conflict-save-again = Vui lòng lưu lại để thay phiên bản của họ bằng phiên bản của bạn, hoặc mở lại trang để bắt đầu từ phiên bản của họ.
consultation-title-hint = Ví dụ: Cuộc tham vấn quốc gia tại Việt Nam
consultation-no-series = Không thuộc chuỗi hoạt động nào
consultation-number-in-series = Số thứ tự trong chuỗi hoạt động
consultation-number-hint = Để trống nếu không biết
consultation-held-in = Tổ chức tại
consultation-host-state = Quốc gia Thành viên chủ nhà
consultation-regional-or-undecided = Khu vực, hoặc chưa quyết định
consultation-city = Thành phố
consultation-first-day = Ngày đầu tiên
consultation-last-day = Ngày cuối cùng
consultation-last-day-hint = Để trống nếu cuộc tham vấn chỉ diễn ra trong một ngày
consultation-planned-period = Thời gian dự kiến
consultation-planned-period-hint = Khi chưa có ngày cụ thể, ví dụ: đầu năm 2020
consultation-reason = Lý do (đối với cuộc tham vấn bị hoãn hoặc hủy)
consultation-reason-short = Lý do
consultation-chatham-house = Tổ chức theo quy tắc Chatham House
consultation-chatham-house-rule = Quy tắc Chatham House
consultation-participants-hint = Con số mà báo cáo đưa ra, khi không có danh sách người tham dự
consultation-create = Tạo cuộc tham vấn
consultation-choose-series = Vui lòng chọn một chuỗi hoạt động trong danh sách.
consultation-number-shape = Vui lòng nhập một số nguyên từ 1 trở lên, hoặc để trống.
consultation-number-needs-series = Số thứ tự trong chuỗi hoạt động cần có chuỗi hoạt động.
consultation-number-taken = Một cuộc tham vấn khác trong chuỗi hoạt động này đã có số thứ tự này.
consultation-first-day-too = Vui lòng nhập cả ngày đầu tiên, hoặc để trống cả hai.
consultation-last-before-first = Ngày cuối cùng không thể trước ngày đầu tiên.
consultation-choose-status = Vui lòng chọn trạng thái.
consultation-held-needs-date = Cuộc tham vấn đã tổ chức cần có ngày tổ chức.
consultation-held-in-future = Cuộc tham vấn không thể đã được tổ chức vào một ngày chưa đến; vui lòng chọn dự kiến hoặc đã lên lịch.
consultation-say-why = Vui lòng nêu lý do cuộc tham vấn bị hoãn hoặc hủy.
consultation-participants-negative = Số người tham dự không thể là số âm.
consultation-whole-number = Vui lòng nhập một số nguyên, hoặc để trống.
consultation-text-too-long = Văn bản này quá dài (tối đa 50.000 ký tự).

## Bản ghi tham dự của cuộc tham vấn
participation-title = Tham dự: { $consultation }
participation-edit = Sửa thông tin tham dự
participation-add = Thêm một tổ chức đã tham dự
participation-conflict = Người khác đã lưu bản ghi này trong lúc bạn đang sửa
participation-conflict-hint = Các số liệu của bạn vẫn còn trong biểu mẫu và chưa được lưu. Vui lòng lưu lại để thay thế số liệu của họ.
participation-head-counts = Số người
participation-note = Ghi chú
participation-remove-link = Xóa bản ghi này…
participation-choose-role = Vui lòng chọn vai trò của tổ chức.
participation-negative = Số người không thể là số âm.
participation-whole-number = Vui lòng nhập số người là một số nguyên.
participation-duplicate = Tổ chức này đã được ghi nhận với vai trò này; vui lòng sửa bản ghi đó.
participation-remove-title = Xóa bản ghi tham dự này?
participation-remove-question = Xóa bản ghi của { $organisation } ({ $role }) tại { $consultation }?
participation-remove-explained = Số người của bản ghi sẽ bị loại khỏi số liệu của cuộc tham vấn và khỏi bảng tổng hợp. Không thể hoàn tác: để tính lại, vui lòng thêm lại bản ghi.

## Biểu mẫu phát hiện
finding-edit = Sửa phát hiện
finding-new = Phát hiện mới
finding-conflict = Người khác đã lưu phát hiện này trong lúc bạn đang sửa
finding-session = Phiên (nếu có)
finding-commitments = Các cam kết của Đồng thuận
finding-for-recommendation = Đối với khuyến nghị
finding-choose-kind = Vui lòng chọn loại phát hiện.
finding-write = Vui lòng viết nội dung phát hiện.
finding-too-long = Một phát hiện có tối đa 10.000 ký tự.
finding-choose-consultation = Vui lòng chọn cuộc tham vấn mà phát hiện này xuất phát.
finding-choose-session = Vui lòng chọn một phiên của cuộc tham vấn đó, hoặc không chọn.
finding-tick-commitments = Vui lòng đánh dấu (các) cam kết của Đồng thuận mà phát hiện này liên quan.
finding-tick-themes = Vui lòng đánh dấu các chủ đề trong danh sách.
finding-choose-addressee = Vui lòng chọn đối tượng mà khuyến nghị này gửi đến.
finding-only-recommendations = Chỉ khuyến nghị mới được theo dõi thực hiện.
finding-progress-date = Vui lòng nhập ngày của tiến độ.
finding-say-what-happened = Vui lòng nêu những gì đã diễn ra.
finding-links-https = Mỗi liên kết bằng chứng phải bắt đầu bằng https://.
finding-choose-status = Vui lòng chọn một trạng thái trong danh sách.

## Biểu mẫu điều khoản
provision-edit = Sửa điều khoản { $code }
provision-code-hint = Mã { $code } là mã tạm thời của dự án này và được giữ nguyên, để các liên kết và phát hiện vẫn dẫn về đây; vui lòng điền tham chiếu đoạn chính thức sau khi đã xác minh.
provision-conflict = Người khác đã lưu điều khoản này trong lúc bạn đang sửa
provision-text = Nội dung
provision-ref-hint = Đoạn trong văn bản đã công bố, ví dụ: đoạn 14
provision-enter-title = Vui lòng nhập tiêu đề của điều khoản.
provision-ref-too-long = Tham chiếu chính thức có tối đa 40 ký tự (ví dụ: đoạn 14).
provision-choose-bearer = Vui lòng chọn chủ thể có nghĩa vụ.

## Biểu mẫu tổ chức
organisation-new = Tổ chức mới
organisation-edit = Sửa tổ chức
organisation-conflict = Người khác đã lưu tổ chức này trong lúc bạn đang sửa
organisation-then-list = Sau khi lưu, bạn sẽ quay lại danh sách người tham dự để kiểm tra lại.
organisation-name = Tên
organisation-acronym = Tên viết tắt
organisation-country = Quốc gia, nếu ngoài ASEAN
organisation-other-names = Tên khác
organisation-other-names-hint = Mỗi dòng một tên: các tên mà báo cáo và danh sách người tham dự dùng cho tổ chức này, bằng bất kỳ ngôn ngữ nào.
organisation-add = Thêm tổ chức
organisation-merge-heading = Hợp nhất vào một tổ chức khác
organisation-merge-explained = Khi bản ghi này và một bản ghi khác là cùng một tổ chức, vui lòng hợp nhất chúng: thông tin tham dự, diễn giả, cá nhân và tài khoản của tổ chức này được chuyển sang tổ chức kia, và các tên của nó trở thành tên khác của tổ chức kia.
organisation-merge-into = Hợp nhất vào
organisation-merge-confirm = Tôi đã kiểm tra rằng đây là cùng một tổ chức
organisation-merge = Hợp nhất
organisation-enter-name = Vui lòng nhập tên của tổ chức.
organisation-name-too-long = Tên có tối đa 300 ký tự.
organisation-acronym-too-long = Tên viết tắt có tối đa 40 ký tự.
organisation-choose-kind = Vui lòng chọn loại tổ chức.
organisation-choose-state = Vui lòng chọn một Quốc gia Thành viên trong danh sách, hoặc khu vực.
organisation-website-https = Vui lòng nhập địa chỉ web bắt đầu bằng https://.
organisation-alias-too-long = Mỗi tên khác có tối đa 300 ký tự.
organisation-name-taken = Một tổ chức khác đã có tên này; vui lòng hợp nhất hai tổ chức.
organisation-alias-taken = Một trong các tên khác này đã thuộc về một tổ chức khác.
organisation-choose-into = Vui lòng chọn tổ chức mà tổ chức này sẽ được hợp nhất vào.
organisation-tick-confirm = Vui lòng đánh dấu ô để xác nhận việc hợp nhất.

## Biểu mẫu chuỗi hoạt động
series-conflict = Người khác đã lưu chuỗi hoạt động này trong lúc bạn đang sửa
series-funding-note = Ghi chú về tài trợ
series-starts = Bắt đầu
series-ends = Kết thúc
series-end-before-start = Chuỗi hoạt động không thể kết thúc trước khi bắt đầu.

## Biểu mẫu phiên
session-edit-title = Sửa phiên: { $consultation }
session-new-title = Phiên mới: { $consultation }
session-edit = Sửa phiên
session-add = Thêm một phiên vào chương trình nghị sự
session-conflict = Người khác đã lưu phiên này trong lúc bạn đang sửa
session-removed-heading = Đã gỡ khỏi chương trình nghị sự này
session-removed-explained = Các phiên này đã được gỡ khỏi chương trình nghị sự và có thể đưa trở lại, cùng các ghi chép của chúng:
session-restore-link = Khôi phục…
session-day = Ngày
session-starts-at = Bắt đầu lúc
session-ends-at = Kết thúc lúc
session-speakers = Các tổ chức phát biểu
session-speakers-hint = Đánh dấu từng tổ chức phát biểu trong phiên này. Để tìm một tổ chức, hãy gõ một phần tên rồi chọn Hiện kết quả khớp: những gì bạn đã gõ và đánh dấu vẫn được giữ nguyên.
session-find-organisation = Tìm một tổ chức
session-show-matching = Hiện kết quả khớp
session-speakers-hidden = { $count } tổ chức không khớp với “{ $filter }” đang bị ẩn. Vui lòng xóa nội dung ô tìm kiếm và chọn Hiện kết quả khớp để xem tất cả.
session-no-organisation-matches = Không có tổ chức nào khớp với “{ $filter }”.
session-add-button = Thêm vào chương trình nghị sự
session-time-shape = Vui lòng nhập giờ theo dạng 09:30.
session-choose-kind = Vui lòng chọn loại phiên.
session-day-outside = Ngày này phải là một trong các ngày của cuộc tham vấn.
session-end-before-start = Phiên không thể kết thúc trước khi bắt đầu.
session-remove-title = Gỡ phiên này khỏi chương trình nghị sự?
session-remove-question = Gỡ “{ $session }” khỏi chương trình nghị sự của { $consultation }?
session-off-agenda = Phiên này không còn trong chương trình nghị sự
session-restore-explained = Khôi phục sẽ đưa phiên trở lại vị trí cũ trong chương trình nghị sự, cùng các ghi chép của phiên.
session-restore-button = Khôi phục vào chương trình nghị sự

## Cá nhân
person-new = Cá nhân mới
person-edit = Sửa thông tin cá nhân
person-conflict = Người khác đã lưu thông tin cá nhân này trong lúc bạn đang sửa
person-full-name = Họ tên đầy đủ, theo cách người đó viết
person-honorific = Danh xưng
person-honorific-hint = Ví dụ: Bà, Ông, TS.
person-add = Thêm một cá nhân
people-current-positions = Chức vụ hiện tại
people-spoke-at = Đã phát biểu tại
people-download-what = tất cả { $count } cá nhân
person-positions-heading = Các chức vụ qua thời gian
person-no-position = Chưa ghi nhận chức vụ nào.
person-positions-caption = Các chức vụ đã đảm nhiệm, sớm nhất trước
person-position = Chức vụ
person-source = Nguồn
person-current = hiện tại
person-add-position = Thêm một chức vụ
person-position-hint = Ví dụ: Phó Chủ tịch
person-until = Đến
person-until-hint = Để trống nếu vẫn đang đảm nhiệm
person-source-hint = Thông tin này được biết từ đâu
person-add-position-button = Thêm chức vụ
person-no-participation = Chưa ghi nhận việc tham dự nào.
person-took-part-caption = Những nơi { $name } đã tham dự hoặc phát biểu
person-took-part-as = Tham dự với tư cách
person-summary = Đã tham dự hoặc phát biểu tại { $count } cuộc tham vấn; đã phát biểu tại { $spoke } cuộc tham vấn.
person-period = Từ { $from } đến { $to }
person-since = từ { $date }
person-until-date = đến { $date }
person-no-dates = chưa ghi nhận ngày
person-enter-name = Vui lòng nhập tên của người này theo cách họ viết.
person-choose-sex = Vui lòng chọn một mục; "không nêu" cũng là một câu trả lời hợp lệ.
person-email-shape = Vui lòng nhập địa chỉ email dạng ten@example.org, hoặc để trống.
person-enter-position = Vui lòng nhập chức vụ, ví dụ: Phó Chủ tịch.
person-position-end-before-start = Chức vụ không thể kết thúc trước khi bắt đầu.

## Gỡ một phiên khỏi chương trình nghị sự
session-remove-explained = Phiên sẽ bị gỡ khỏi chương trình nghị sự và khỏi mọi trang hiển thị phiên. Phiên vẫn được lưu giữ, cùng các ghi chép, và nhân viên có thể khôi phục phiên về vị trí cũ.
session-restore-question = “{ $session }” đã bị gỡ khỏi chương trình nghị sự của { $consultation }. Khôi phục phiên này?

## Nhập danh sách người tham dự
list-import-title = Nhập danh sách người tham dự: { $consultation }
list-names-personal = Họ tên là dữ liệu cá nhân: chỉ nhân viên HRWG được xem.
list-cannot-import = Không thể nhập tệp này
list-upload-explained = Vui lòng tải lên danh sách điểm danh dưới dạng tệp CSV (trong Excel: File › Save As › "CSV UTF-8"). Dòng đầu tiên ghi tên các cột (bằng tiếng Anh, như dưới đây):
list-column-name = <strong>name</strong>: họ tên của người đó theo cách họ viết, bằng bất kỳ hệ chữ viết nào;
list-column-sex = <strong>sex</strong>: female (nữ), male (nam), other (khác) hoặc not stated (không nêu);
list-column-organisation = <strong>organisation</strong>: tên, tên viết tắt hoặc bất kỳ tên khác nào của tổ chức;
list-columns-optional = và nếu có: <strong>role</strong> (participant, speaker, observer, organiser, co-organiser, funder; để trống là participant), <strong>title</strong> (chức vụ của họ) và <strong>email</strong>.
list-download-template = Tải xuống tệp mẫu (CSV)
list-template-explained = có các cột này và một dòng ví dụ: vui lòng thay dòng ví dụ bằng những người tham dự của bạn.
list-nothing-written-yet = Chưa có gì được ghi: trước tiên bạn sẽ thấy các vấn đề của từng dòng, và danh sách chỉ được ghi nhận khi mọi dòng đều đúng. Tối đa 10.000 dòng và 5 MB.
list-file-label = Danh sách người tham dự (CSV)
list-check = Kiểm tra danh sách
list-check-again-title = Kiểm tra lại danh sách người tham dự: { $consultation }
list-problems-title = Các vấn đề trong danh sách người tham dự: { $consultation }
list-all-right-heading = Mọi dòng của danh sách hiện đã đúng
list-all-right = { $file }: đã đọc { $rows } dòng, tất cả đã sẵn sàng. Chưa có gì được ghi.
list-needs-fixing-heading = Danh sách cần được sửa trước khi có thể nhập
list-needs-fixing = { $file }: đã đọc { $rows } dòng, { $good } dòng sẵn sàng, { $bad } dòng có vấn đề. Chưa có gì được ghi. Vui lòng sửa những điểm nêu dưới đây, rồi kiểm tra lại cùng tệp đó; hoặc sửa các dòng trong bảng tính của bạn và tải lên lại.
list-blank-lines = Các dòng trống đã bỏ qua:
list-unknown-organisations = Các tổ chức chưa được ghi nhận
list-unknown-organisations-explained = Mỗi tên dưới đây không phải là tên, tên viết tắt hay tên khác của bất kỳ tổ chức nào. Vui lòng thêm tổ chức, hoặc thêm tên này vào tổ chức mà nó chỉ đến; sau đó bạn sẽ quay lại đây.
list-add-new-organisation = thêm thành một tổ chức mới
list-named = có tên { $name }
list-or = , hoặc
list-add-as-alias = thêm thành tên khác của { $organisation }
list-or-add-under-other-names = , hoặc thêm vào mục “Tên khác” trong biểu mẫu của tổ chức mà nó chỉ đến (từ trang <a href="/organisations">Tổ chức</a>)
list-rows-with-problems = Các dòng có vấn đề
list-line = Dòng
list-problems = Vấn đề
list-no-rows = Tệp này không có dòng nào để nhập.
list-kept = Tệp được lưu giữ trong { $hours } giờ, chỉ dành cho nhân viên, để có thể kiểm tra lại mà không cần tải lên.
list-check-again = Kiểm tra lại cùng tệp đó
list-upload-corrected = Tải lên tệp đã sửa
list-title = Danh sách người tham dự: { $name }
list-every-row-right = Mọi dòng đều đúng. Chưa có gì được ghi.
list-record = Ghi nhận { $count } người tham dự này
list-first-rows = Các dòng đầu tiên
list-first-rows-of = Các dòng đầu tiên (50 trên { $total })
list-recording = Đang ghi nhận { $total } người tham dự: đã xong { $done }.
list-recording-label = Đang ghi nhận danh sách người tham dự
list-refreshes = Trang này tự làm mới.
list-refresh-now = Làm mới ngay
list-recorded = Đã ghi nhận: { $count } người tham dự.
list-not-recorded = Danh sách chưa được ghi nhận
list-upload-again = Tải lên lại

## Những vấn đề mà công cụ nhập danh sách phát hiện
list-not-utf8 = Tệp này không ở dạng UTF-8, nên các tên bằng tiếng Việt, Thái, Khmer hoặc Miến Điện sẽ bị lỗi font. Trong Excel, vui lòng chọn File › Save As › "CSV UTF-8 (Comma delimited)" rồi tải tệp đó lên.
list-empty = Tệp này trống.
list-missing-columns = Dòng đầu tiên phải ghi tên các cột; các cột sau đang thiếu: { $columns }.
list-too-many-rows = Tệp này có { $rows } dòng; chỉ nhập được tối đa 10.000 dòng một lần. Vui lòng chia thành hai tệp.
list-null-character = Dòng { $line } chứa ký tự rỗng (U+0000), không thể lưu được; tệp này có thể không phải là tệp xuất CSV. Vui lòng lưu lại dưới dạng "CSV UTF-8" rồi tải tệp đó lên.
list-malformed = Không đọc được tệp dưới dạng CSV: { $why }
list-upload-unreadable = Không đọc được tệp tải lên ({ $why }). Tệp có dung lượng tối đa 5 MB.
list-choose-file = Vui lòng chọn một tệp CSV để tải lên.
list-name-too-long = Họ tên quá dài: tối đa { $max } ký tự.
list-organisation-too-long = Tên tổ chức quá dài: tối đa { $max } ký tự.
list-title-too-long = Chức vụ quá dài: tối đa { $max } ký tự.
list-email-too-long = Địa chỉ email quá dài: tối đa { $max } ký tự.
list-name-missing = Thiếu họ tên.
list-organisation-missing = Thiếu tổ chức.
list-sex-missing = Thiếu giới tính (vui lòng ghi female, male, other hoặc not stated).
list-sex-unknown = Giới tính { $sex } không thuộc các giá trị female, male, other, not stated.
list-role-unknown = Vai trò { $role } không thuộc các giá trị participant, speaker, observer, organiser, co-organiser, funder.
list-not-email = { $email } không phải là địa chỉ email.
list-duplicate = Người này đã có ở dòng { $line }.
list-no-organisation-close = Không có tổ chức nào tên là { $name }. Có phải ý bạn là { $close }? Vui lòng thêm tên này làm một tên khác của tổ chức đó, hoặc thêm tổ chức trước.
list-no-organisation = Không có tổ chức nào tên là { $name }. Vui lòng thêm tổ chức đó trước (hoặc thêm tên này làm tên khác của một tổ chức đã có).
list-already-recorded = Người này đã được ghi nhận cho cuộc tham vấn này.

## Tự đánh giá trên toàn khu vực
regional-title = Tự đánh giá trên toàn khu vực
regional-each-cell = Mỗi ô: điểm trung bình của chính phủ / điểm trung bình của xã hội dân sự, từ các bản đánh giá đã gửi mà bạn được đọc.
regional-caption = Các Quốc gia Thành viên theo chương
regional-caption-cycle = Các Quốc gia Thành viên theo chương, chu kỳ { $cycle }

## Token API mới
token-new-title = Token API mới của bạn
token-copy-now = Vui lòng sao chép ngay: token chỉ được hiển thị lần này và không thể hiển thị lại.
token-name = Tên
token = Token
token-send-it = Vui lòng gửi token này kèm theo mỗi yêu cầu đến API:
token-reads = Token đọc được những gì bạn được đọc, và hết hiệu lực khi bạn thu hồi token hoặc khi tài khoản của bạn bị vô hiệu hóa.
token-how-to = Cách sử dụng API

## Trang tham chiếu (để đo tốc độ)
reference-title = Trang tham chiếu
reference-lead = Một trang cố định để đo tốc độ: { $count } chủ đề đầu tiên, đọc bằng một truy vấn.
reference-caption = Các chủ đề theo tên ngắn
reference-short-name = Tên ngắn

## Yêu cầu mà trang không thể trả lời (400)
bad-page-marker-number = Dấu trang không phải là một số.
bad-form-without-version = Biểu mẫu này thiếu số phiên bản; vui lòng mở lại trang.
bad-page-number = Số trang là một số từ 1 trở lên.
bad-search-kind = Không có loại bản ghi như vậy để tìm kiếm.
bad-no-such-theme = Không có chủ đề này.
bad-round-readers = Vui lòng chọn ai được đọc đợt này.
bad-finding-kind = Không có loại phát hiện này.
bad-no-such-status = Không có trạng thái này.
bad-chapter-number = Chương phải là một số.
bad-date-shape-from = Ngày bắt đầu phải được viết như 2019-12-18.
bad-date-shape-to = Ngày kết thúc phải được viết như 2019-12-18.
bad-date-range-from = Ngày bắt đầu phải nằm trong khoảng năm { $first } đến { $last }, ví dụ 2019-12-18.
bad-date-range-to = Ngày kết thúc phải nằm trong khoảng năm { $first } đến { $last }, ví dụ 2019-12-18.
bad-null-character = Một giá trị chứa ký tự U+0000 (ký tự rỗng), không thể lưu được; vui lòng xóa ký tự đó và gửi lại.
bad-sort = Vui lòng sắp xếp theo mới nhất, cũ nhất hoặc hạn.
bad-page-marker = Dấu trang bị hỏng.
bad-which-statement = Vui lòng cho biết phát biểu nào của ghi chú.
bad-list-upload = Vui lòng gửi danh sách dưới dạng tệp tải lên từ trang nhập.
bad-no-such-series = Không có chuỗi hoạt động này.

## Nội dung tải xuống của một danh sách
download-what-consultations = { $count ->
        [1] cuộc tham vấn này
       *[other] { $count } cuộc tham vấn này
    }
download-what-findings = { $count ->
        [1] phát hiện này
       *[other] { $count } phát hiện này
    }
download-what-findings-more = các phát hiện này (hơn { $count })
download-what-organisations = { $count ->
        [1] tổ chức này
       *[other] tất cả { $count } tổ chức
    }
download-what-organisations-filtered = { $count ->
        [1] tổ chức này
       *[other] { $count } tổ chức này (mọi trang)
    }
download-what-my-notes = { $count } ghi chép của bạn
download-what-participation = { $count } tổ chức tham dự, kèm số người theo giới tính
findings-total = { $count } phát hiện
standing-not-member = Khi đó chưa là thành viên ASEAN
standing-not-bound = Khi đó chưa chịu ràng buộc của khuôn khổ này

## Vì sao danh sách người tham dự chưa được ghi nhận
list-failed-stalled = Việc ghi danh sách này đã dừng trước khi hoàn tất, nên chưa có gì được ghi nhận. Vui lòng tải lên lại.
list-failed-write = Không thể ghi danh sách, nên không có gì thay đổi. Vui lòng tải lên lại; nếu vẫn lỗi, vui lòng báo cho quản trị viên HRWG.
list-failed-recorded-meanwhile = Chưa có gì được ghi nhận: { $count } người trong danh sách này đã được ghi nhận cho cuộc tham vấn này sau khi danh sách được kiểm tra (trong lúc đó một danh sách khác đã được nhập). Vui lòng tải lên lại danh sách để xem những dòng nào.
list-not-kept = Danh sách người tham dự này không còn được lưu (danh sách có vấn đề được lưu trong { $hours } giờ, và danh sách sẽ bị xoá khi đã kiểm tra không còn lỗi). Vui lòng tải lên lại.
audit-field-rows_before = số dòng trước đó
audit-field-rows_after = số dòng sau đó
audit-field-examples = ví dụ

organisations-offered-first = Đang hiện { $count } tổ chức đầu tiên. Để tìm tổ chức khác, vui lòng nhập một phần tên hoặc tên viết tắt rồi chọn Hiện kết quả khớp.
organisations-offered-first-matching = Có hơn { $count } tổ chức khớp với “{ $filter }”; đang hiện { $count } tổ chức đầu tiên. Vui lòng nhập thêm tên hoặc tên viết tắt rồi chọn Hiện kết quả khớp.
organisation-filter-label = Tìm một tổ chức
organisation-filter-button = Hiện kết quả khớp
organisation-filter-none = Không có tổ chức nào khớp với “{ $filter }”. Vui lòng xóa nội dung ô tìm kiếm và chọn Hiện kết quả khớp để hiện lại danh sách.
consultations-offered-first = Đang hiện { $count } cuộc tham vấn gần đây nhất. Để tìm cuộc khác, vui lòng nhập một phần tiêu đề hoặc thành phố rồi chọn Hiện kết quả khớp.
consultations-offered-first-matching = Có hơn { $count } cuộc tham vấn khớp với “{ $filter }”; đang hiện { $count } cuộc gần đây nhất. Vui lòng nhập thêm tiêu đề hoặc thành phố rồi chọn Hiện kết quả khớp.
consultation-filter-label = Tìm một cuộc tham vấn
consultation-filter-none = Không có cuộc tham vấn nào khớp với “{ $filter }”. Vui lòng xóa nội dung ô tìm kiếm và chọn Hiện kết quả khớp để hiện lại danh sách.
citable-newest = Đang hiện { $count } phát hiện mới nhất.
citable-all = Tất cả phát hiện về { $code } tại Quốc gia Thành viên này
users-name-or-email-contains = Tên hoặc email có chứa
