from lib import *

NAV = [("index.html", "Trang chủ"), ("phi.html", "Phí tham dự"), ("dangky.html", "Đăng ký"),
       ("tructuyen.html", "Tham dự trực tuyến"), ("tiepcan.html", "Tiếp cận"), ("en.html", "English"),
       ("taitro.html", "Nhà tài trợ"), ("luutru.html", "Lưu trú và đi lại")]
FOOT = {"vi": '<p>Hội Kiến trúc sư trẻ Cố đô (tổ chức hư cấu) · 18 Lê Lợi, TP Huế · '
        '<a href="mailto:hoithao@kts-codo.example.vn">hoithao@kts-codo.example.vn</a></p>'}
s = mk("hoi-thao-bao-ton-kien-truc-hue", "Hội thảo Bảo tồn Kiến trúc Di sản Huế 2027", "vi", "#9c2a2a", "KTS", NAV, foot=FOOT)
placeholder_media(s, "media/phim-nha-ruong.mp4")

s.page("index.html", "Hội thảo Bảo tồn Kiến trúc Di sản Huế 2027", """
<h1>Hội thảo Bảo tồn Kiến trúc Di sản Huế 2027</h1>
<p>Ngày 20 và 21 tháng 11 năm 2027, Hội Kiến trúc sư trẻ Cố đô tổ chức hội thảo về bảo tồn nhà rường, phủ đệ và
kiến trúc thời Nguyễn tại Huế. Hội thảo dành cho kiến trúc sư, sinh viên kiến trúc, thợ mộc truyền thống và chủ nhà
có di sản.</p>
<p>Chương trình gồm các phiên báo cáo, tọa đàm với nghệ nhân và buổi tham quan một nhà rường đang được trùng tu.</p>
<h2>Phim ngắn: Nhà rường làng Phước Tích</h2>
VIDEO
<p><a href="@ky-yeu-2025.html">Kỷ yếu hội thảo 2025</a></p>
""".replace("VIDEO", video("media/phim-nha-ruong.mp4")))

s.page("phi.html", "Phí tham dự", """
<h1>Phí tham dự</h1>
<ul>
<li>Phí tham dự trực tiếp: 1.500.000 ₫.</li>
<li>Sinh viên (xuất trình thẻ sinh viên): 500.000 đ.</li>
<li>Vé trực tuyến: 300.000 VND.</li>
</ul>
<p>Không có suất miễn phí; báo cáo viên cũng đóng phí tham dự.</p>
""")

FORM = "".join([
    fld("hoten", "Họ và tên (bắt buộc)", req=True),
    fld("cccd", "Số CCCD (bắt buộc)", req=True),
    radios("gt", "Giới tính (bắt buộc)", ["Nữ", "Nam", "Khác"], req=True),
    fld("dt", "Số điện thoại (bắt buộc)", "tel", req=True),
    fld("email", "Email (bắt buộc)", "email", req=True),
    fld("coquan", "Cơ quan hoặc trường (bắt buộc)", req=True),
    fld("hinhthuc", "Hình thức tham dự (bắt buộc)", "select", req=True, opts=["Trực tiếp", "Trực tuyến"]),
    fld("thesv", "Ảnh thẻ sinh viên (nếu đăng ký giá sinh viên)", "file"),
    fld("bantin", "Tôi muốn nhận bản tin của Hội", "checkbox"),
])
s.page("dangky.html", "Đăng ký", f"""
<h1>Đăng ký tham dự</h1>
<form action="@dangky.html" method="post">
{FORM}
<div class="cf-turnstile" data-sitekey="0x4AAAAAAAktscodohue"></div>
<button type="submit">Gửi đăng ký</button>
</form>
""")

s.page("tructuyen.html", "Tham dự trực tuyến", """
<h1>Tham dự trực tuyến</h1>
<p>Người tham dự trực tuyến theo dõi các phiên qua Zoom và đặt câu hỏi trực tiếp cho báo cáo viên; người điều phối
mời họ phát biểu sau mỗi phiên.</p>
""")

s.page("tiepcan.html", "Tiếp cận", """
<h1>Tiếp cận</h1>
<p>Hội trường có thang máy và lối đi cho xe lăn từ cổng chính.</p>
<p>Các phiên toàn thể có phụ đề trực tiếp tiếng Việt trên màn hình.</p>
<p>Hội thảo không có phiên dịch ngôn ngữ ký hiệu.</p>
""")

s.page("en.html", "Hue Heritage Architecture Conservation Conference 2027 — in English", """
<h1>Hue Heritage Architecture Conservation Conference 2027</h1>
<p>On 20 and 21 November 2027 the Young Architects' Association of the Old Capital holds a conference on the
conservation of Hue's garden houses, princely residences and Nguyen-dynasty architecture.</p>
<p>The in-person fee is 1,500,000 VND, students pay 500,000 VND and the online ticket costs 300,000 VND. Online
participants join on Zoom and can put questions to the speakers. Sessions are held in Vietnamese.</p>
""", lang="vi")

s.page("taitro.html", "Nhà tài trợ", """
<h1>Nhà tài trợ</h1>
<p>Gói tài trợ Vàng: 80.000.000 ₫; gian trưng bày vật liệu: 6.000.000 ₫.</p>
""")

s.page("luutru.html", "Lưu trú và đi lại", """
<h1>Lưu trú và đi lại</h1>
<p>Khách sạn Sông Hương: 950.000 ₫/đêm. Xích lô quanh Kinh thành: 150.000 ₫/giờ.</p>
""")

ENTRY = entry(s, name="Hue Heritage Architecture Conservation Conference 2027 (young architects' association, Hue, Vietnam)",
    languages=["vi", "en"], fees=[(1500000, "VND"), (500000, "VND"), (300000, "VND")], free_option=False,
    fee_support=True, remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(9, 7, ["id_document", "gender", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "phi.html", "dangky.html", "tructuyen.html", "tiepcan.html", "en.html"],
    deliberate_404=["ky-yeu-2025.html"],
    evidence={
        "languages": [Q("index.html", "Hội Kiến trúc sư trẻ Cố đô tổ chức hội thảo về bảo tồn nhà rường"),
                      M("en.html", '<html lang="vi">', "English page declared vi: counts as English"),
                      Q("en.html", "On 20 and 21 November 2027 the Young Architects' Association of the Old Capital holds a conference")],
        "un_languages": [N("en")],
        "fees": [Q("phi.html", "Phí tham dự trực tiếp: 1.500.000 ₫."),
                 Q("phi.html", "Sinh viên (xuất trình thẻ sinh viên): 500.000 đ."),
                 Q("phi.html", "Vé trực tuyến: 300.000 VND.", "online ticket with questions: a fee"),
                 Q("en.html", "The in-person fee is 1,500,000 VND", "English restatement: no new entries"),
                 Q("taitro.html", "Gói tài trợ Vàng: 80.000.000 ₫", "sponsor, stand, hotel, cyclo: not fees")],
        "free_option": [Q("phi.html", "Không có suất miễn phí; báo cáo viên cũng đóng phí tham dự.")],
        "fee_support": [Q("phi.html", "Sinh viên (xuất trình thẻ sinh viên): 500.000 đ.", "student rate below the fee")],
        "remote_participation": [Q("tructuyen.html", "Người tham dự trực tuyến theo dõi các phiên qua Zoom và đặt câu hỏi trực tiếp cho báo cáo viên")],
        "captcha": [M("dangky.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("9 fields (name, CCCD, gender radio, phone, e-mail, organisation or school, mode select, student-card file, newsletter checkbox); 7 marked (bắt buộc); sensitive id_document, gender, phone, affiliation", "dangky.html"),
                              Q("dangky.html", "Số CCCD (bắt buộc)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("tiepcan.html", "Hội trường có thang máy và lối đi cho xe lăn từ cổng chính.")],
        "access_services": [Q("tiepcan.html", "lối đi cho xe lăn", "wheelchair_access"),
                            Q("tiepcan.html", "Các phiên toàn thể có phụ đề trực tiếp tiếng Việt trên màn hình.", "captions"),
                            Q("tiepcan.html", "Hội thảo không có phiên dịch ngôn ngữ ký hiệu.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/phim-nha-ruong.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF on the site")],
    })
