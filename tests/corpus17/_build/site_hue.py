from lib import *
SLUG = "chuoi-hoi-thao-nhiep-anh-di-san-hue"
NAV = [("index.html", "Trang chủ"), ("hoc-phi.html", "Học phí"), ("dang-ky.html", "Đăng ký"), ("truc-tuyen.html", "Trực tuyến"),
       ("tiep-can.html", "Tiếp cận"), ("nha-tai-tro.html", "Nhà tài trợ"), ("luu-tru.html", "Lưu trú"), ("en/index.html", "English")]
s = mk(SLUG, "Nhiếp ảnh Di sản Huế", "vi", "#8e44ad", "NAH", NAV,
       foot={"vi": "<p>Hội Nhiếp ảnh Thừa Thiên Huế · anh@nah.example.vn</p>"})
placeholder_media(s, "media/kinhthanh.mp4")
s.page("index.html", "Chuỗi hội thảo Nhiếp ảnh Di sản Huế 2027", f"""
<h1>Chuỗi hội thảo Nhiếp ảnh Di sản Huế 2027</h1>
<p>Sáu buổi hội thảo và thực hành chụp ảnh di sản tại Kinh thành Huế, từ tháng 3 đến tháng 5 năm 2027.</p>
<p><a href="@hoc-phi.html">Học phí</a> · <a href="@dang-ky.html">Đăng ký</a> · <a href="@truc-tuyen.html">Trực tuyến</a> · <a href="@tiep-can.html">Tiếp cận</a> · <a href="@trien-lam-2025.html">Triển lãm 2025</a> · <a href="@en/index.html">English</a></p>
{video("media/kinhthanh.mp4")}
""")
s.page("hoc-phi.html", "Học phí", """
<h1>Học phí</h1>
<ul>
<li>Học phí mỗi buổi hội thảo: 350.000 ₫</li>
<li>Sinh viên: 200.000 đồng mỗi buổi</li>
<li>Chuyến chụp ảnh thực địa tại lăng Tự Đức: 500.000 ₫</li>
</ul>
<p>Không có suất miễn phí.</p>
<p>Học viên từ mười sáu tuổi trở lên.</p>
<p>Một cửa hàng đối tác cho thuê máy ảnh với giá 150.000 ₫/ngày.</p>
""")
s.page("dang-ky.html", "Đăng ký", f"""
<h1>Đăng ký</h1>
<p>Các mục có ghi (bắt buộc) phải điền.</p>
<form action="@dang-ky.html" method="post">
{fld("hoten", "Họ và tên (bắt buộc)")}
{fld("email", "Email (bắt buộc)", "email")}
{fld("dt", "Số điện thoại (bắt buộc)", "tel")}
{fld("ns", "Ngày sinh (bắt buộc)", "date")}
{fld("cccd", "Số CCCD (bắt buộc)")}
{fld("noi", "Nơi làm việc hoặc trường học")}
{fld("b1", "Buổi 1: Ánh sáng trong Đại Nội", "checkbox")}
{fld("b2", "Buổi 2: Chân dung nghệ nhân", "checkbox")}
{fld("b3", "Buổi 3: Chụp ảnh thực địa", "checkbox")}
{fld("may", "Loại máy ảnh", "select", opts=["Máy ảnh DSLR", "Máy ảnh mirrorless", "Điện thoại"])}
<div class="cf-turnstile" data-sitekey="nah-example"></div>
<button type="submit">Gửi đăng ký</button>
</form>
""")
s.page("truc-tuyen.html", "Trực tuyến", """
<h1>Buổi nhận xét ảnh trực tuyến</h1>
<p>Mỗi tối thứ Năm có buổi nhận xét ảnh qua Zoom: học viên ở xa gửi ảnh và hỏi trực tiếp giảng viên. Các buổi Zoom có phụ đề trực tiếp.</p>
""")
s.page("tiep-can.html", "Tiếp cận", """
<h1>Tiếp cận</h1>
<p>Phòng học ở tầng trệt, có lối đi cho xe lăn.</p>
<p>Chưa có phiên dịch ngôn ngữ ký hiệu trong năm nay.</p>
""")
s.page("nha-tai-tro.html", "Nhà tài trợ", """
<h1>Nhà tài trợ</h1><p>Gói tài trợ vàng: 80.000.000 ₫. Giải nhất cuộc thi ảnh: 20.000.000 ₫.</p>
""")
s.page("luu-tru.html", "Lưu trú", """
<h1>Lưu trú</h1><p>Khách sạn gần Kinh thành từ 600.000 ₫/đêm; xích lô khoảng 100.000 ₫.</p>
""")
s.page("en/index.html", "Hue Heritage Photography Workshops 2027", """
<h1>Hue Heritage Photography Workshops 2027</h1>
<p>Six workshops and photo walks in the Hue Imperial City from March to May 2027. Each workshop costs 350,000 VND (students 200,000 VND); the field trip costs 500,000 VND. There are no free places.</p>
<p>Remote participants join the Thursday photo critique on Zoom and ask questions live. The classroom is on the ground floor with wheelchair access.</p>
""", lang="vi")
ENTRY = entry(s, name="Hue Heritage Photography Workshop Series 2027 (provincial photographers' association, Huế, Viet Nam)",
    languages=["vi", "en"], fees=[(350000, "VND"), (200000, "VND"), (500000, "VND")], free_option=False, fee_support=True,
    remote_participation=True, captcha=["turnstile"], account_required=False,
    registration_form=(10, 5, ["phone", "birth_date", "id_document", "affiliation"]), registration_host=None, min_age=16,
    accessibility_statement=True, access_services=["wheelchair_access", "captions"], videos_without_captions=1,
    deliberate_404=["trien-lam-2025.html"],
    participation_pages=["index.html", "hoc-phi.html", "dang-ky.html", "truc-tuyen.html", "tiep-can.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", "Sáu buổi hội thảo và thực hành chụp ảnh di sản tại Kinh thành Huế"),
                      M("en/index.html", '<html lang="vi">', "whole English page declared lang=vi: English")],
        "un_languages": [N("en")],
        "fees": [Q("hoc-phi.html", "Học phí mỗi buổi hội thảo: 350.000 ₫"), Q("hoc-phi.html", "Sinh viên: 200.000 đồng mỗi buổi"),
                 Q("hoc-phi.html", "Chuyến chụp ảnh thực địa tại lăng Tự Đức: 500.000 ₫", "field trip of the event: fee"),
                 Q("hoc-phi.html", "cho thuê máy ảnh với giá 150.000 ₫/ngày", "camera rental by a shop: not a fee"),
                 Q("en/index.html", "Each workshop costs 350,000 VND", "English restatement, no new entries"),
                 Q("nha-tai-tro.html", "Gói tài trợ vàng: 80.000.000 ₫.", "sponsorship, prize, hotel, cyclo: not fees")],
        "free_option": [Q("hoc-phi.html", "Không có suất miễn phí.")],
        "fee_support": [Q("hoc-phi.html", "Sinh viên: 200.000 đồng mỗi buổi", "student rate")],
        "remote_participation": [Q("truc-tuyen.html", "học viên ở xa gửi ảnh và hỏi trực tiếp giảng viên")],
        "captcha": [M("dang-ky.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("dang-ky.html: 10 fields: name, e-mail, phone, birth date, CCCD, workplace/school, three session checkboxes, camera select. Required (bắt buộc): name, e-mail, phone, birth date, CCCD = 5. Sensitive: phone, birth_date, id_document (CCCD), affiliation.", "dang-ky.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("hoc-phi.html", "Học viên từ mười sáu tuổi trở lên.", "16 in words")],
        "accessibility_statement": [Q("tiep-can.html", "Phòng học ở tầng trệt, có lối đi cho xe lăn.")],
        "access_services": [Q("tiep-can.html", "có lối đi cho xe lăn"), Q("truc-tuyen.html", "Các buổi Zoom có phụ đề trực tiếp.", "live captions"),
                            Q("tiep-can.html", "Chưa có phiên dịch ngôn ngữ ký hiệu trong năm nay.", "negation: no sign language")],
        "videos_without_captions": [M("index.html", 'src="media/kinhthanh.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
