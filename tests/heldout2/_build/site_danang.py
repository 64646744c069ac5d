from lib import *

NAV = [("index.html", "Trang chủ"), ("dang-ky.html", "Đăng ký"), ("truc-tuyen.html", "Tham gia trực tuyến"),
       ("ho-tro.html", "Hỗ trợ đi lại"), ("tiep-can.html", "Tiếp cận"), ("en/observers.html", "English"),
       ("tai-tro.html", "Nhà tài trợ"), ("luu-tru.html", "Lưu trú"), ("tuyen-dung.html", "Tuyển dụng")]
s = mk("dien-dan-quan-tri-internet-thanh-nien-da-nang", "Diễn đàn Quản trị Internet Thanh niên miền Trung — Đà Nẵng", "vi",
       "#0e7490", "YI", NAV,
       foot={"vi": "<p>Mạng lưới Thanh niên Số miền Trung (tổ chức hư cấu) — Hải Châu, Đà Nẵng — yigf@tnso-mientrung.example.vn</p>"})

s.page("index.html", "Diễn đàn Quản trị Internet Thanh niên miền Trung 2027", """
<h1>Diễn đàn Quản trị Internet Thanh niên miền Trung 2027</h1>
<p>Diễn đàn diễn ra ngày 6 và 7 tháng 11 năm 2027 tại Đà Nẵng, quy tụ học sinh, sinh viên và các nhà hoạt động trẻ để thảo luận về an toàn trực tuyến, quyền riêng tư, kỹ năng số và tiếng nói của thanh niên trong chính sách Internet.</p>
<p>Diễn đàn dành cho thanh niên từ đủ 15 đến 30 tuổi. Tham gia diễn đàn hoàn toàn miễn phí.</p>
<p><a href="@dang-ky.html">Đăng ký đại biểu</a> · <a href="@chuong-trinh.html">Chương trình</a></p>
<h2>Video diễn đàn năm 2026</h2>
<video controls preload="none" width="640" src="@media/dien-dan-2026.mp4"></video>
""")
placeholder_media(s, "media/dien-dan-2026.mp4")

form = "".join([
    fld("hoten", "Họ và tên (cần điền)"),
    fld("ngaysinh", "Ngày sinh (cần điền)", "date"),
    radios("gioitinh", "Giới tính", ["Nữ", "Nam", "Khác"]),
    fld("email", "Email (cần điền)", "email"),
    fld("sdt", "Số điện thoại (cần điền)", "tel"),
    fld("cccd", "Số CCCD (cần điền)"),
    fld("truong", "Trường học hoặc tổ chức"),
    fld("tinh", "Tỉnh/thành phố (cần điền)", "select", opts=["Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Thừa Thiên Huế", "Khác"]),
    fld("hinhthuc", "Hình thức tham gia (cần điền)", "select", opts=["Trực tiếp", "Trực tuyến qua Google Meet"]),
    fld("soanthao", "Tôi muốn tham gia nhóm soạn thảo tuyên bố chung", "checkbox"),
    fld("lydo", "Vì sao bạn muốn tham gia?", "textarea"),
])
s.page("dang-ky.html", "Đăng ký đại biểu", f"""
<h1>Đăng ký đại biểu</h1>
<p>Hạn đăng ký: 15 tháng 10 năm 2027.</p>
<form action="@dang-ky.html" method="post">
{form}
<div class="mtcaptcha"></div>
<button type="submit">Gửi đăng ký</button>
</form>
""")

s.page("truc-tuyen.html", "Tham gia trực tuyến", """
<h1>Tham gia trực tuyến</h1>
<p>Đại biểu trực tuyến tham gia qua Google Meet có thể phát biểu trong các phiên thảo luận và biểu quyết thông qua tuyên bố chung của diễn đàn.</p>
""")

s.page("ho-tro.html", "Hỗ trợ đi lại", """
<h1>Hỗ trợ đi lại</h1>
<p>Ban tổ chức hỗ trợ chi phí đi lại 500.000 ₫ cho mỗi đại biểu đến từ Quảng Nam và Quảng Ngãi.</p>
""")

s.page("tiep-can.html", "Tiếp cận", """
<h1>Tiếp cận cho người khuyết tật</h1>
<p>Hội trường ở tầng 1, có đường dốc cho xe lăn và nhà vệ sinh dành cho người khuyết tật.</p>
<p>Có phiên dịch ngôn ngữ ký hiệu Việt Nam trong các phiên toàn thể.</p>
<p>Có phụ đề trực tiếp trên màn hình lớn.</p>
<p>Liên hệ hỗ trợ: tiepcan@tnso-mientrung.example.vn</p>
""")

s.page("en/observers.html", "Central Viet Nam Youth IGF — observers", """
<h1>Central Viet Nam Youth Internet Governance Forum 2027</h1>
<p>The forum takes place in Da Nang on 6 and 7 November 2027 and brings together pupils, students and young activists aged 15 to 30 to discuss online safety, privacy, digital skills and young people's voice in internet policy.</p>
<p>International observers are welcome. Participation is free. Online delegates join over Google Meet, take the floor and vote on the forum's joint statement. Write to yigf@tnso-mientrung.example.vn to register as an observer.</p>
""", lang="en")

s.page("tai-tro.html", "Nhà tài trợ", """
<h1>Gói tài trợ</h1>
<ul><li>Nhà tài trợ vàng: 50.000.000 ₫</li><li>Gian trưng bày: 8.000.000 ₫</li></ul>
""")
s.page("luu-tru.html", "Lưu trú", """
<h1>Lưu trú</h1>
<p>Khách sạn gần hội trường: từ 600.000 ₫/đêm.</p>
""")
s.page("tuyen-dung.html", "Tuyển dụng", """
<h1>Tuyển dụng</h1>
<p>Báo cáo viên cho các phiên thảo luận: 400.000 ₫/ngày.</p>
""")

P = ["index.html", "dang-ky.html", "truc-tuyen.html", "ho-tro.html", "tiep-can.html", "en/observers.html"]
ENTRY = entry(s, name="Diễn đàn Quản trị Internet Thanh niên miền Trung — Đà Nẵng", languages=["en", "vi"],
    fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(11, 7, ["birth_date", "gender", "phone", "id_document", "affiliation"]),
    min_age=15, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=1,
    pdf_only_documents=False, participation_pages=P, deliberate_404=["chuong-trinh.html"],
    evidence={
        "languages": [Q("index.html", "quy tụ học sinh, sinh viên và các nhà hoạt động trẻ"),
                      M("en/observers.html", '<html lang="en">', "whole page in English")],
        "un_languages": [N("en only")],
        "fees": [Q("index.html", "Tham gia diễn đàn hoàn toàn miễn phí."),
                 Q("ho-tro.html", "hỗ trợ chi phí đi lại 500.000 ₫", "travel support: not a fee"),
                 Q("tai-tro.html", "Nhà tài trợ vàng: 50.000.000 ₫", "sponsor: not a fee"),
                 Q("luu-tru.html", "từ 600.000 ₫/đêm", "hotel: not a fee"),
                 Q("tuyen-dung.html", "400.000 ₫/ngày", "daily pay: not a fee")],
        "free_option": [Q("index.html", "Tham gia diễn đàn hoàn toàn miễn phí.")],
        "fee_support": [Q("ho-tro.html", "Ban tổ chức hỗ trợ chi phí đi lại 500.000 ₫ cho mỗi đại biểu đến từ Quảng Nam và Quảng Ngãi.")],
        "remote_participation": [Q("truc-tuyen.html", "Đại biểu trực tuyến tham gia qua Google Meet có thể phát biểu trong các phiên thảo luận và biểu quyết")],
        "captcha": [M("dang-ky.html", '<div class="mtcaptcha"></div>', "MTCaptcha: other")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (họ tên, ngày sinh, giới tính radio, email, số điện thoại, CCCD, trường/tổ chức, tỉnh select, hình thức select, soạn thảo checkbox, lý do textarea); 7 marked (cần điền); sensitive birth_date, gender, phone, id_document, affiliation", "dang-ky.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "Diễn đàn dành cho thanh niên từ đủ 15 đến 30 tuổi.")],
        "accessibility_statement": [Q("tiep-can.html", "Hội trường ở tầng 1, có đường dốc cho xe lăn")],
        "access_services": [Q("tiep-can.html", "Hội trường ở tầng 1, có đường dốc cho xe lăn", "wheelchair_access"),
                            Q("tiep-can.html", "Có phiên dịch ngôn ngữ ký hiệu Việt Nam trong các phiên toàn thể.", "sign_language"),
                            Q("tiep-can.html", "Có phụ đề trực tiếp trên màn hình lớn.", "captions")],
        "videos_without_captions": [M("index.html", '<video controls preload="none" width="640" src="media/dien-dan-2026.mp4"></video>')],
        "pdf_only_documents": [N("no PDF")],
    })
