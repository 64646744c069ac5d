"""Vietnamese community data & AI day, Da Nang. Vietnamese with an English mirror; VND tickets, everyone pays,
paid watch-only livestream, ID number and birth date in the form, no accessibility information."""
from lib import mk, Q, M, N, entry

NAV = [("index.html", "Trang chủ"), ("chuong-trinh.html", "Chương trình"), ("ve.html", "Vé tham dự"),
       ("dang-ky.html", "Đăng ký"), ("truc-tuyen.html", "Xem trực tuyến"), ("luu-tru.html", "Lưu trú"),
       ("tai-tro.html", "Tài trợ"), ("tuyen-dung.html", "Tuyển dụng"), ("en/index.html", "English")]
NAV_EN = [("en/index.html", "Home"), ("en/tickets.html", "Tickets"), ("dang-ky.html", "Register (Vietnamese form)"),
          ("index.html", "Tiếng Việt")]
s = mk("ngay-hoi-du-lieu-ai-cong-dong-da-nang", {"vi": "Ngày hội Dữ liệu &amp; AI vì Cộng đồng 2027", "en": "Data &amp; AI for Community Day 2027"},
       "vi", "#c62828", "DAC", {"vi": NAV, "en": NAV_EN},
       langs={"vi": [("en/index.html", "English")], "en": [("index.html", "Tiếng Việt")]}, homes={"en": "en/index.html"},
       foot={"vi": "<p>Ngày hội Dữ liệu &amp; AI vì Cộng đồng · Đà Nẵng · lienhe@dulieucongdong.example.vn</p>",
             "en": "<p>Data &amp; AI for Community Day · Da Nang · lienhe@dulieucongdong.example.vn</p>"})

s.page("index.html", "Ngày hội Dữ liệu & AI vì Cộng đồng 2027 — Đà Nẵng", """
<h1>Ngày hội Dữ liệu &amp; AI vì Cộng đồng 2027</h1>
<p class="lead">Đà Nẵng · 18–19 tháng 9 năm 2027 · Trung tâm Hội nghị Sông Hàn</p>
<p>Ngày hội quy tụ các lập trình viên, nhà nghiên cứu, tổ chức phi lợi nhuận, doanh nghiệp khởi nghiệp và sinh viên
để chia sẻ cách dùng dữ liệu mở và trí tuệ nhân tạo giải quyết các vấn đề của cộng đồng: thiên tai, y tế, giáo dục và
nông nghiệp ở miền Trung.</p>
<p>Chương trình gồm hơn 30 bài trình bày, các buổi workshop thực hành và khu triển lãm dự án.</p>
<p><a href="@ve.html">Xem giá vé</a> · <a href="@dang-ky.html">Đăng ký ngay</a></p>
""", alternates=[("vi", "index.html"), ("en", "en/index.html")])

s.page("chuong-trinh.html", "Chương trình — Ngày hội Dữ liệu & AI 2027", """
<h1>Chương trình</h1>
<ul>
  <li>Dữ liệu mở về lũ lụt miền Trung: bài học từ năm 2026</li>
  <li>Mô hình ngôn ngữ tiếng Việt và các ngôn ngữ dân tộc thiểu số</li>
  <li>Phí dữ liệu di động và khả năng tiếp cận internet ở nông thôn</li>
  <li>Workshop: xây dựng chatbot hỗ trợ đăng ký khám bệnh</li>
</ul>
""")

s.page("ve.html", "Vé tham dự — Ngày hội Dữ liệu & AI 2027", """
<h1>Vé tham dự</h1>
<table>
  <thead><tr><th>Loại vé</th><th>Giá</th><th>Ghi chú</th></tr></thead>
  <tbody>
    <tr><td>Vé sớm (early bird)</td><td>400.000 đ</td><td>đến hết 31/7</td></tr>
    <tr><td>Vé tiêu chuẩn</td><td>500.000 VNĐ</td><td></td></tr>
    <tr><td>Vé doanh nghiệp</td><td>1.200.000 ₫</td><td>kèm xuất hóa đơn VAT</td></tr>
    <tr><td>Vé xem trực tuyến</td><td>100.000 đ</td><td>chỉ xem livestream</td></tr>
  </tbody>
</table>
<p>Tất cả người tham dự, kể cả diễn giả khách mời, đều phải mua vé. Thanh toán bằng chuyển khoản ngân hàng sau khi đăng ký.</p>
<p>Người tham dự phải từ 16 tuổi trở lên.</p>
""")

s.page("dang-ky.html", "Đăng ký — Ngày hội Dữ liệu & AI 2027", """
<h1>Đăng ký tham dự</h1>
<form action="@dang-ky.html" method="post">
  <label for="hoten">Họ và tên (bắt buộc)</label><input type="text" id="hoten" name="hoten" required>
  <label for="email">Email (bắt buộc)</label><input type="email" id="email" name="email" required>
  <label for="sdt">Số điện thoại (bắt buộc)</label><input type="tel" id="sdt" name="sdt" required>
  <label for="ngaysinh">Ngày sinh (bắt buộc)</label><input type="date" id="ngaysinh" name="ngaysinh">
  <label for="cccd">Số CCCD hoặc hộ chiếu (bắt buộc)</label><input type="text" id="cccd" name="cccd">
  <label for="donvi">Đơn vị công tác / trường</label><input type="text" id="donvi" name="donvi">
  <label for="loaive">Loại vé (bắt buộc)</label>
  <select id="loaive" name="loaive" required><option>Vé sớm</option><option>Vé tiêu chuẩn</option><option>Vé doanh nghiệp</option><option>Vé xem trực tuyến</option></select>
  <label for="ao">Cỡ áo thun</label>
  <select id="ao" name="ao"><option>S</option><option>M</option><option>L</option><option>XL</option></select>
  <div class="check"><input type="checkbox" id="dongy" name="dongy" required> <label for="dongy">Tôi đồng ý với điều khoản của ban tổ chức (bắt buộc)</label></div>
  <input type="hidden" name="nguon" value="web">
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAA-dulieu-danang-2027"></div>
  <button type="submit">Gửi đăng ký</button>
</form>
""")

s.page("truc-tuyen.html", "Xem trực tuyến — Ngày hội Dữ liệu & AI 2027", """
<h1>Xem trực tuyến</h1>
<p>Các bài trình bày ở hội trường chính được phát trực tiếp cho người mua vé xem trực tuyến. Người xem trực tuyến chỉ
theo dõi, không đặt câu hỏi hay tham gia thảo luận.</p>
""")

s.page("luu-tru.html", "Lưu trú — Ngày hội Dữ liệu & AI 2027", """
<h1>Lưu trú và đi lại</h1>
<ul>
  <li>Khách sạn Bờ Sông Hàn: 1.200.000 đ/đêm, gồm bữa sáng</li>
  <li>Taxi hoặc Grab từ sân bay Đà Nẵng: khoảng 80.000 đ</li>
</ul>
""")

s.page("tai-tro.html", "Tài trợ — Ngày hội Dữ liệu & AI 2027", """
<h1>Gói tài trợ</h1>
<ul>
  <li>Nhà tài trợ Kim cương: 50.000.000 đ</li>
  <li>Gian hàng triển lãm: 8.000.000 VNĐ</li>
</ul>
""")

s.page("tuyen-dung.html", "Tuyển dụng — Ngày hội Dữ liệu & AI 2027", """
<h1>Cơ hội việc làm</h1>
<ul>
  <li>Kỹ sư dữ liệu (Đà Nẵng) — lương 25–35 triệu đồng/tháng</li>
  <li>Chuyên viên AI (Hà Nội) — 40.000.000 VNĐ/tháng</li>
</ul>
""")

s.page("en/index.html", "Data & AI for Community Day 2027 — Da Nang", """
<h1>Data &amp; AI for Community Day 2027</h1>
<p class="lead">Da Nang · 18–19 September 2027 · Han River Convention Centre</p>
<p>The Day brings together developers, researchers, non-profits, start-ups and students to share how open data and
artificial intelligence can help communities with disasters, health, education and farming in central Vietnam.</p>
<p>Most talks are in Vietnamese; see <a href="@en/tickets.html">tickets</a>.</p>
""", lang="en", header_lang="en", alternates=[("vi", "index.html"), ("en", "en/index.html")])

s.page("en/tickets.html", "Tickets — Data & AI for Community Day 2027", """
<h1>Tickets</h1>
<ul>
  <li>Early bird (until 31 July): VND 400,000</li>
  <li>Standard: VND 500,000</li>
  <li>Corporate (with VAT invoice): VND 1,200,000</li>
  <li>Livestream ticket (watch only): VND 100,000</li>
</ul>
<p>Every attendee, including invited speakers, needs a ticket. Attendees must be 16 or older.</p>
<p>Register with the <a href="@dang-ky.html">Vietnamese form</a>; you will need your passport number.</p>
""", lang="en", header_lang="en")

ENTRY = entry(
    s, name="Ngày hội Dữ liệu & AI vì Cộng đồng 2027 (Vietnamese community data & AI day, Da Nang)",
    languages=["vi", "en"], fees=[(400000, "VND"), (500000, "VND"), (1200000, "VND"), (100000, "VND")],
    free_option=False, fee_support=False, remote_participation=False, captcha=["turnstile"],
    account_required=False, registration_form=(9, 7, ["phone", "birth_date", "id_document", "affiliation"]),
    registration_host=None, min_age=16, accessibility_statement=False, access_services=[],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "ve.html", "dang-ky.html", "truc-tuyen.html", "en/index.html", "en/tickets.html"],
    evidence={
        "languages": [
            Q("index.html", "Ngày hội quy tụ các lập trình viên, nhà nghiên cứu, tổ chức phi lợi nhuận, doanh nghiệp khởi nghiệp và sinh viên"),
            Q("en/index.html", "The Day brings together developers, researchers, non-profits, start-ups and students"),
        ],
        "un_languages": [N("en")],
        "fees": [
            Q("ve.html", "Vé sớm (early bird) 400.000 đ"),
            Q("ve.html", "Vé tiêu chuẩn 500.000 VNĐ"),
            Q("ve.html", "Vé doanh nghiệp 1.200.000 ₫"),
            Q("ve.html", "Vé xem trực tuyến 100.000 đ chỉ xem livestream", "paid watch-only stream: a fee"),
            Q("en/tickets.html", "Livestream ticket (watch only): VND 100,000"),
            Q("luu-tru.html", "Khách sạn Bờ Sông Hàn: 1.200.000 đ/đêm", "hotel (same amount as the corporate ticket), not a fee"),
            Q("luu-tru.html", "Taxi hoặc Grab từ sân bay Đà Nẵng: khoảng 80.000 đ", "transport, not a fee"),
            Q("tai-tro.html", "Nhà tài trợ Kim cương: 50.000.000 đ", "sponsorship, not a fee"),
            Q("tai-tro.html", "Gian hàng triển lãm: 8.000.000 VNĐ", "exhibition, not a fee"),
            Q("tuyen-dung.html", "Chuyên viên AI (Hà Nội) — 40.000.000 VNĐ/tháng", "salary, not a fee"),
            Q("chuong-trinh.html", "Phí dữ liệu di động và khả năng tiếp cận internet ở nông thôn", "talk title (mobile data fees)"),
        ],
        "free_option": [Q("ve.html", "Tất cả người tham dự, kể cả diễn giả khách mời, đều phải mua vé.")],
        "fee_support": [N("no grants or waivers; the early-bird price is not a student/youth rate")],
        "remote_participation": [Q("truc-tuyen.html", "Người xem trực tuyến chỉ theo dõi, không đặt câu hỏi hay tham gia thảo luận.", "watch-only: false")],
        "captcha": [M("dang-ky.html", '<div class="cf-turnstile" data-sitekey=')],
        "account_required": [N("no account")],
        "registration_form": [
            M("dang-ky.html", '<label for="cccd">Số CCCD hoặc hộ chiếu (bắt buộc)</label><input type="text" id="cccd" name="cccd">'),
            N("9 fields: họ tên, email, điện thoại, ngày sinh, CCCD/hộ chiếu, đơn vị công tác, loại vé, cỡ áo, đồng ý checkbox; "
              "hidden 'nguon' not counted. Required: họ tên, email, điện thoại, ngày sinh and CCCD ('(bắt buộc)' only), loại vé, "
              "đồng ý = 7. Sensitive: phone, birth_date, id_document, affiliation (đơn vị công tác)."),
        ],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("ve.html", "Người tham dự phải từ 16 tuổi trở lên."), Q("en/tickets.html", "Attendees must be 16 or older.")],
        "accessibility_statement": [N("nothing about accessibility on any page")],
        "access_services": [N("none")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
