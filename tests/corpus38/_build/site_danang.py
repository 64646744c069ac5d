"""Da Nang, Vietnam: e-government and digital-health forum (Vietnamese, English sections without lang)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "dien-dan-chinh-quyen-so-y-te-so-da-nang"
NAV = [("index.html", "Trang chủ"), ("dang-ky.html", "Đăng ký"), ("phi.html", "Phí tham dự"), ("truc-tuyen.html", "Tham dự trực tuyến"),
       ("tiep-can.html", "Hỗ trợ tiếp cận"), ("trien-lam.html", "Triển lãm"), ("tuyen-dung.html", "Tuyển dụng"),
       ("di-lai.html", "Đi lại và lưu trú")]
FOOT = {"vi": "<p>Hiệp hội Chuyển đổi số Duyên hải miền Trung · 48 Bạch Đằng, Hải Châu, Đà Nẵng · lienhe@cdsmt.example.vn</p>"}
s = mk(SLUG, "Diễn đàn Chính quyền số và Y tế số miền Trung 2027", "vi", "#005f73", "CĐS", {"vi": NAV}, foot=FOOT)
placeholder_media(s, "media/dien-dan-2026.mp4")

T_INTRO = "Diễn đàn Chính quyền số và Y tế số miền Trung 2027 diễn ra ngày 9 và 10 tháng 12 năm 2027 tại Đà Nẵng"
T_EN = "The Central Vietnam Forum on Digital Government and Digital Health takes place on 9 and 10 December 2027 in Da Nang"
s.page("index.html", "Diễn đàn Chính quyền số và Y tế số miền Trung 2027", f"""
<h1>Diễn đàn Chính quyền số và Y tế số miền Trung 2027</h1>
<p>{T_INTRO}. Diễn đàn quy tụ cán bộ chính quyền các cấp, bệnh viện, trạm y tế xã, doanh nghiệp công nghệ và tổ chức xã hội để thảo luận về dịch vụ công trực tuyến, hồ sơ sức khỏe điện tử và bảo vệ dữ liệu cá nhân.</p>
{video("media/dien-dan-2026.mp4")}
<section>
<h2>In English</h2>
<p>{T_EN}. It brings together local government officials, hospitals, commune health stations, technology companies and civil-society groups.</p>
<p>Topics include online public services, electronic health records and personal data protection. Sessions are held in Vietnamese, with English slides for international speakers.</p>
</section>
""")

FORM = "\n".join([
    fld("hoten", "Họ và tên (không được bỏ trống)"),
    fld("cccd", "Số CCCD (không được bỏ trống)"),
    fld("ngaysinh", "Ngày sinh", "date"),
    fld("email", "Email (không được bỏ trống)", "email"),
    fld("dienthoai", "Số điện thoại", "tel"),
    fld("donvi", "Đơn vị công tác"),
    fld("tinh", "Tỉnh/thành phố", "select", opts=["Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Thừa Thiên Huế", "Khác"]),
    radios("loaive", "Loại vé", ["Trực tiếp", "Sinh viên", "Trực tuyến", "Cán bộ y tế xã (miễn phí)"], req=True),
    fld("phien1", "Phiên Chính quyền số", "checkbox"),
    fld("phien2", "Phiên Y tế số", "checkbox"),
    fld("dongy", "Tôi đồng ý với quy định của diễn đàn", "checkbox", req=True),
])
T_AGE = "Người tham dự phải từ đủ 18 tuổi trở lên"
s.page("dang-ky.html", "Đăng ký — Diễn đàn Chính quyền số và Y tế số", f"""
<h1>Đăng ký tham dự</h1>
<p>{T_AGE}. Hạn đăng ký: 30 tháng 11 năm 2027.</p>
<form action="@dang-ky.html" method="post">
{FORM}
<button type="submit">Gửi đăng ký</button>
</form>
""")

T_FREE = "Cán bộ y tế tuyến xã được miễn phí tham dự"
s.page("phi.html", "Phí tham dự — Diễn đàn Chính quyền số và Y tế số", f"""
<h1>Phí tham dự</h1>
<ul>
<li>Vé tham dự trực tiếp: 1.500.000 ₫</li>
<li>Sinh viên: 500.000 ₫</li>
<li>Vé trực tuyến (hỏi đáp trực tiếp qua Zoom): 300.000 ₫</li>
</ul>
<p>{T_FREE}; vui lòng chọn loại vé tương ứng khi đăng ký.</p>
<p>Fees in English: in-person ticket VND 1,500,000; students VND 500,000; online ticket with live Q&amp;A over Zoom VND 300,000. Commune health workers attend free of charge.</p>
""")

T_ZOOM = "Người tham dự trực tuyến đặt câu hỏi trực tiếp cho diễn giả qua Zoom"
s.page("truc-tuyen.html", "Tham dự trực tuyến — Diễn đàn Chính quyền số và Y tế số", f"""
<h1>Tham dự trực tuyến</h1>
<p>{T_ZOOM}; người điều phối sẽ mời từng người phát biểu sau mỗi bài trình bày.</p>
""")

T_LIFT = "Hội trường ở tầng 3, có thang máy cho xe lăn"
T_CAP = "Có phụ đề trực tiếp tiếng Việt trên màn hình chính"
T_NOSIGN = "Không có phiên dịch ngôn ngữ ký hiệu"
s.page("tiep-can.html", "Hỗ trợ tiếp cận — Diễn đàn Chính quyền số và Y tế số", f"""
<h1>Hỗ trợ tiếp cận</h1>
<p>{T_LIFT} và nhà vệ sinh dành cho người khuyết tật.</p>
<p>{T_CAP}. {T_NOSIGN} tại diễn đàn năm nay.</p>
<p>Nếu cần hỗ trợ khác, vui lòng liên hệ tiepcan@cdsmt.example.vn.</p>
""")

s.page("trien-lam.html", "Triển lãm — Diễn đàn Chính quyền số và Y tế số", """
<h1>Triển lãm giải pháp</h1>
<p>Gian hàng tiêu chuẩn 9 m²: 25.000.000 ₫. Nhà tài trợ vàng: 200.000.000 ₫.</p>
""")

s.page("tuyen-dung.html", "Tuyển dụng — Hiệp hội Chuyển đổi số Duyên hải miền Trung", """
<h1>Tuyển dụng chuyên viên truyền thông</h1>
<p>Mức lương 18.000.000 ₫/tháng. Gửi hồ sơ về tuyendung@cdsmt.example.vn.</p>
""")

s.page("di-lai.html", "Đi lại và lưu trú — Diễn đàn Chính quyền số và Y tế số", """
<h1>Đi lại và lưu trú</h1>
<p>Khách sạn đối tác gần sông Hàn: 1.200.000 ₫/đêm. Grab từ sân bay đến hội trường: khoảng 80.000 ₫.</p>
""")

PP = ["index.html", "dang-ky.html", "phi.html", "truc-tuyen.html", "tiep-can.html"]
ENTRY = entry(
    s, name="Central Vietnam Forum on Digital Government and Digital Health 2027 (Central Coast Digital Transformation Association, Da Nang, Vietnam)",
    languages=["vi", "en"],
    fees=[(1500000, "VND"), (500000, "VND"), (300000, "VND")],
    free_option=True, fee_support=True, remote_participation=True,
    captcha=[], account_required=False,
    registration_form=(11, 5, ["id_document", "birth_date", "phone", "affiliation"]),
    min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "captions"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=PP,
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("index.html", T_EN, "English section without lang (two paragraphs)")],
        "un_languages": [N("en")],
        "fees": [Q("phi.html", "Vé tham dự trực tiếp: 1.500.000 ₫"), Q("phi.html", "Sinh viên: 500.000 ₫"),
                 Q("phi.html", "Vé trực tuyến (hỏi đáp trực tiếp qua Zoom): 300.000 ₫", "paid online pass with questions"),
                 Q("phi.html", "in-person ticket VND 1,500,000", "restated in English: no new entry"),
                 Q("trien-lam.html", "Gian hàng tiêu chuẩn 9 m²: 25.000.000 ₫", "booth: not a fee"),
                 Q("tuyen-dung.html", "Mức lương 18.000.000 ₫/tháng", "salary: not a fee"),
                 Q("di-lai.html", "1.200.000 ₫/đêm", "hotel: not a fee")],
        "free_option": [Q("phi.html", T_FREE)],
        "fee_support": [Q("phi.html", "Sinh viên: 500.000 ₫", "student rate"), Q("phi.html", T_FREE)],
        "remote_participation": [Q("truc-tuyen.html", T_ZOOM)],
        "captcha": [N("no CAPTCHA", "dang-ky.html")],
        "account_required": [N("own form, no account", "dang-ky.html")],
        "registration_form": [N("11 fields: name, CCCD, birth date, e-mail, phone, employer, province select, ticket radio, two session "
                                "checkboxes, consent checkbox; required: 3 marked (không được bỏ trống) + ticket + consent = 5", "dang-ky.html"),
                              Q("dang-ky.html", "Số CCCD (không được bỏ trống)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("dang-ky.html", T_AGE)],
        "accessibility_statement": [Q("tiep-can.html", T_LIFT)],
        "access_services": [Q("tiep-can.html", T_LIFT, "wheelchair_access"), Q("tiep-can.html", T_CAP, "captions"),
                            Q("tiep-can.html", T_NOSIGN, "no sign language (negation)")],
        "videos_without_captions": [M("index.html", 'src="media/dien-dan-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
