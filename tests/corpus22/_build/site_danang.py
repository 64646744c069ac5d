from lib import mk, placeholder_media, video, Q, M, N, entry, fld, radios

NAV = [("index.html", "Trang chủ"), ("le-phi.html", "Lệ phí"), ("dang-ky.html", "Đăng ký"), ("truc-tuyen.html", "Tham dự trực tuyến"),
       ("tiep-can.html", "Hỗ trợ tiếp cận"), ("nha-tai-tro.html", "Nhà tài trợ"), ("luu-tru.html", "Lưu trú"),
       ("tuyen-dung.html", "Tuyển dụng")]
s = mk("hoi-thao-giao-vien-tieng-anh-da-nang", "Hội thảo Giáo viên Tiếng Anh miền Trung 2027", "vi", "#00796b", "GV", NAV,
       foot={"vi": "<p>Hội Giáo viên Tiếng Anh miền Trung (hư cấu) · hoithao@gvta-mientrung.example.vn</p>"})
placeholder_media(s, "media/gioithieu.mp4")

s.page("index.html", "Hội thảo Giáo viên Tiếng Anh miền Trung 2027", """
<h1>Hội thảo Giáo viên Tiếng Anh miền Trung 2027</h1>
<p>Hội thảo diễn ra ngày 14 và 15 tháng 8 năm 2027 tại Trường Đại học Ngoại ngữ Đà Nẵng, dành cho giáo viên tiếng Anh phổ
thông, giảng viên và sinh viên sư phạm, với các phiên chuyên đề về dạy kỹ năng nói, đánh giá năng lực và ứng dụng công nghệ.</p>
<p>Xem <a href="@le-phi.html">lệ phí</a> và <a href="@dang-ky.html">đăng ký tại đây</a>.</p>
""" + video("media/gioithieu.mp4") + """
<section lang="en">
<h2>Central Vietnam English Teachers' Workshop</h2>
<p>The workshop brings together secondary-school English teachers, lecturers and student teachers in Da Nang on 14 and 15
August 2027, with sessions on teaching speaking, assessment and classroom technology. Online participants join the
discussion groups over Zoom and can speak and ask questions.</p>
</section>
""")

s.page("le-phi.html", "Lệ phí", """
<h1>Lệ phí tham dự</h1>
<table><caption>Lệ phí</caption>
<tr><th>Đối tượng</th><th>Lệ phí</th></tr>
<tr><td>Giáo viên, giảng viên</td><td>1.200.000 ₫</td></tr>
<tr><td>Sinh viên sư phạm</td><td>600.000 đồng</td></tr>
<tr><td>Tham dự trực tuyến</td><td>400.000 VND</td></tr>
</table>
<p>Hội thảo không có suất miễn phí; báo cáo viên cũng đóng lệ phí.</p>
""")

form = "".join([
    fld("ten", "Họ và tên (bắt buộc)"), fld("em", "Email (bắt buộc)", "email"), fld("sdt", "Số điện thoại (bắt buộc)", "tel"),
    fld("ns", "Ngày sinh", "date"), fld("cccd", "Số CCCD (bắt buộc)"), fld("truong", "Trường / đơn vị công tác (bắt buộc)"),
    radios("gt", "Giới tính", ["Nam", "Nữ", "Khác"]),
    fld("tinh", "Tỉnh / thành phố", "select", opts=["Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Thừa Thiên Huế"]),
    radios("ht", "Hình thức tham dự (bắt buộc)", ["Trực tiếp", "Trực tuyến"]),
    fld("cd1", "Chuyên đề: dạy kỹ năng nói", "checkbox"), fld("cd2", "Chuyên đề: đánh giá năng lực", "checkbox"),
    fld("dy", "Tôi đồng ý với quy định bảo vệ dữ liệu cá nhân (bắt buộc)", "checkbox"),
])
s.page("dang-ky.html", "Đăng ký", f"""
<h1>Đăng ký tham dự</h1>
<form action="@dang-ky.html" method="post">{form}
<div class="frc-captcha" data-sitekey="FCMplaceholderDAD"></div>
<button type="submit">Gửi đăng ký</button></form>
""")

s.page("truc-tuyen.html", "Tham dự trực tuyến", """
<h1>Tham dự trực tuyến</h1>
<p>Đại biểu trực tuyến vào các phòng thảo luận nhóm trên Zoom, được phát biểu và đặt câu hỏi trực tiếp cho báo cáo viên.</p>
""")

s.page("tiep-can.html", "Hỗ trợ tiếp cận", """
<h1>Hỗ trợ tiếp cận</h1>
<p>Hội trường có thang máy và lối đi cho xe lăn.</p>
<p>Các phiên toàn thể có phụ đề trực tiếp tiếng Việt và tiếng Anh. Năm nay không có phiên dịch ngôn ngữ ký hiệu.</p>
<p>Liên hệ hỗ trợ: tiepcan@gvta-mientrung.example.vn</p>
""")

s.page("nha-tai-tro.html", "Nhà tài trợ", """
<h1>Nhà tài trợ</h1>
<p>Gói tài trợ Vàng: 50.000.000 ₫. Gian hàng nhà xuất bản: 5.000.000 ₫.</p>
""")

s.page("luu-tru.html", "Lưu trú", """
<h1>Lưu trú và đi lại</h1>
<p>Khách sạn gần trường: từ 650.000 ₫ một đêm. Taxi từ sân bay khoảng 120.000 ₫.</p>
""")

s.page("tuyen-dung.html", "Tuyển dụng", """
<h1>Tuyển dụng</h1>
<p>Trung tâm ngoại ngữ tại Hội An tuyển giáo viên tiếng Anh, lương 15.000.000 ₫ mỗi tháng.</p>
""")

ENTRY = entry(
    s, name="Central Vietnam English Teachers' Workshop 2027 (English teachers' association, Da Nang)",
    languages=["vi", "en"],
    fees=[(1200000, "VND"), (600000, "VND"), (400000, "VND")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(12, 7, ["phone", "birth_date", "id_document", "affiliation", "gender"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "le-phi.html", "dang-ky.html", "truc-tuyen.html", "tiep-can.html"],
    evidence={
        "languages": [Q("index.html", "dành cho giáo viên tiếng Anh phổ thông, giảng viên và sinh viên sư phạm"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The workshop brings together secondary-school English teachers, lecturers and student teachers")],
        "un_languages": [N("en")],
        "fees": [Q("le-phi.html", "Giáo viên, giảng viên 1.200.000 ₫", "1200000 VND"),
                 Q("le-phi.html", "Sinh viên sư phạm 600.000 đồng", "600000 VND"),
                 Q("le-phi.html", "Tham dự trực tuyến 400.000 VND", "online with speaking: 400000 VND"),
                 Q("nha-tai-tro.html", "Gói tài trợ Vàng: 50.000.000 ₫.", "sponsorship and stand: not fees"),
                 Q("luu-tru.html", "Khách sạn gần trường: từ 650.000 ₫ một đêm.", "hotel and taxi: not fees"),
                 Q("tuyen-dung.html", "lương 15.000.000 ₫ mỗi tháng", "salary: not a fee")],
        "free_option": [Q("le-phi.html", "Hội thảo không có suất miễn phí; báo cáo viên cũng đóng lệ phí.")],
        "fee_support": [Q("le-phi.html", "Sinh viên sư phạm 600.000 đồng", "student-teacher rate")],
        "remote_participation": [Q("truc-tuyen.html", "được phát biểu và đặt câu hỏi trực tiếp cho báo cáo viên")],
        "captcha": [M("dang-ky.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("12 fields (name, e-mail, phone, birth date, CCCD, school, gender radio, province select, "
                                "mode radio, two topic checkboxes, consent checkbox); 7 marked (bắt buộc); sensitive phone, "
                                "birth_date, id_document, affiliation, gender", "dang-ky.html"),
                              Q("dang-ky.html", "Số CCCD (bắt buộc)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("tiep-can.html", "Hội trường có thang máy và lối đi cho xe lăn.")],
        "access_services": [Q("tiep-can.html", "lối đi cho xe lăn", "wheelchair_access"),
                            Q("tiep-can.html", "Các phiên toàn thể có phụ đề trực tiếp tiếng Việt và tiếng Anh.", "captions"),
                            Q("tiep-can.html", "Năm nay không có phiên dịch ngôn ngữ ký hiệu.", "negation: no sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/gioithieu.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
