"""Social innovation festival with a civic programme, run by a (made-up) youth-enterprise hub (Da Nang): vi,
English section."""
from lib import mk, placeholder_media, video, vtt, Q, M, N, entry

SLUG = "ngay-hoi-doi-moi-sang-tao-xa-hoi-da-nang"
NAV = [("index.html", "Trang chủ"), ("ve.html", "Vé và đăng ký"), ("hoi-dap.html", "Hỏi đáp"),
       ("tiep-can.html", "Hỗ trợ tiếp cận"), ("gian-hang.html", "Gian hàng"), ("luu-tru.html", "Lưu trú"),
       ("quyen-gop.html", "Quyên góp"), ("tuyen-dung.html", "Tuyển dụng")]
FOOT = ('<p>Trung tâm Khởi nghiệp Thanh niên (giả định) · Hải Châu, Đà Nẵng · '
        '<a href="mailto:ngayhoi@tnkn.example.vn">ngayhoi@tnkn.example.vn</a></p>')
s = mk(SLUG, "Ngày hội Đổi mới Sáng tạo Xã hội Đà Nẵng 2027", "vi", "#0369a1", "ĐM", NAV, foot={"vi": FOOT})
placeholder_media(s, "media/ngay-hoi-2026.mp4")
placeholder_media(s, "media/loi-moi.mp4")
vtt(s, "media/loi-moi.vi.vtt", "Chào mừng bạn đến với ngày hội")
s.pdf("tai-lieu/chuong-trinh-2027.pdf", "Ngay hoi Doi moi Sang tao Xa hoi Da Nang 2027 - Chuong trinh\nThu Bay ...\nChu Nhat ...")

s.page("index.html", "Ngày hội Đổi mới Sáng tạo Xã hội Đà Nẵng 2027", """
<h1>Ngày hội Đổi mới Sáng tạo Xã hội Đà Nẵng 2027</h1>
<p>Thứ Bảy và Chủ Nhật, 16–17/10/2027 · Công viên Biển Đông, Đà Nẵng</p>
<p>Hai ngày dành cho các doanh nghiệp xã hội, nhóm thanh niên tình nguyện, hợp tác xã và người dân thành phố: hội chợ
sản phẩm cộng đồng, tọa đàm công dân về rác thải nhựa và không gian công cộng, cùng các workshop thực hành.</p>
<p>Hội chợ và tọa đàm công dân vào cửa tự do, không cần đăng ký. Workshop cần mua vé trước, xem <a href="@ve.html">Vé và đăng ký</a>.</p>
<p><a href="@tai-lieu/chuong-trinh-2027.pdf">Tải chương trình chi tiết (PDF)</a> · <a href="@hoi-dap.html">Hỏi đáp</a> · <a href="@tiep-can.html">Hỗ trợ tiếp cận</a></p>
<h2>Điểm nhấn</h2>
<ul>
  <li>Tọa đàm: Vốn đầu tư thiên thần — 2 tỷ đồng cho một ý tưởng?</li>
  <li>Workshop: Làm video có phụ đề cho người khiếm thính</li>
</ul>
<section lang="en">
<h2>In English</h2>
<p>The Da Nang Social Innovation Festival brings social enterprises, youth volunteer groups, cooperatives and residents
together for two days by the sea. Entry to the fair and to the citizens' dialogues is free. Workshop passes cost
VND 200,000 (students VND 100,000) and are sold on Ticketbox; you need a Ticketbox account to buy them. The opening
ceremony has Vietnamese Sign Language interpretation.</p>
</section>
<h2>Nhìn lại năm 2026</h2>
""" + video("media/ngay-hoi-2026.mp4") + """
""" + video("media/loi-moi.mp4", track="media/loi-moi.vi.vtt", track_lang="vi", label="Tiếng Việt") + """
""")

s.page("ve.html", "Vé và đăng ký", """
<h1>Vé và đăng ký</h1>
<table>
  <tr><th>Loại vé</th><th>Giá</th></tr>
  <tr><td>Vé workshop (cả hai ngày, tối đa 4 workshop)</td><td>200.000 ₫</td></tr>
  <tr><td>Vé workshop sinh viên (xuất trình thẻ sinh viên)</td><td>VND 100,000</td></tr>
  <tr><td>Hội chợ và tọa đàm công dân</td><td>Miễn phí</td></tr>
</table>
<p>Vé workshop được bán trên <a href="https://ticketbox.vn/ngay-hoi-doi-moi-sang-tao-da-nang-2027">Ticketbox</a>.
Bạn cần đăng nhập tài khoản Ticketbox để mua vé.</p>
""")

s.page("hoi-dap.html", "Hỏi đáp", """
<h1>Hỏi đáp</h1>
<details open><summary>Tôi có thể tham gia trực tuyến không?</summary>
<p>Lễ khai mạc và các tọa đàm được phát trực tiếp trên Facebook của ngày hội, chỉ để theo dõi. Người xem trực tuyến
không thể đặt câu hỏi hay biểu quyết.</p></details>
<details open><summary>Trẻ em có được tham gia không?</summary>
<p>Có. Trẻ em dưới 12 tuổi phải có người lớn đi kèm.</p></details>
<details open><summary>Có chương trình bản web không?</summary>
<p>Chương trình chi tiết chỉ có ở dạng PDF.</p></details>
""")

s.page("tiep-can.html", "Hỗ trợ tiếp cận", """
<h1>Hỗ trợ tiếp cận</h1>
<p>Khu hội chợ và sân khấu chính có lối đi và đường dốc cho xe lăn, có nhà vệ sinh dành cho người khuyết tật.</p>
<p>Lễ khai mạc có phiên dịch ngôn ngữ ký hiệu Việt Nam.</p>
<p>Năm nay không có phụ đề trực tiếp tại các tọa đàm.</p>
<p>Nếu bạn cần hỗ trợ khác, vui lòng gọi 0236 000 0000 hoặc email tiepcan@tnkn.example.vn.</p>
""")

s.page("gian-hang.html", "Gian hàng", """
<h1>Đăng ký gian hàng</h1>
<p>Gian hàng tiêu chuẩn 3×3 m: 5.000.000 đồng cho hai ngày. Doanh nghiệp xã hội thành viên được giảm 30%.</p>
""")

s.page("luu-tru.html", "Lưu trú", """
<h1>Lưu trú và đi lại</h1>
<p>Khách sạn đối tác gần biển từ 850.000đ/đêm. Đi Grab từ sân bay khoảng 60.000 đồng. Gửi xe máy 5.000đ/lượt.</p>
""")

s.page("quyen-gop.html", "Quyên góp", """
<h1>Quyên góp cho Quỹ học bổng</h1>
<p>Mỗi khoản quyên góp 100.000 ₫ giúp một sinh viên khởi nghiệp tham gia khóa huấn luyện của Trung tâm.</p>
""")

s.page("tuyen-dung.html", "Tuyển dụng", """
<h1>Tuyển dụng</h1>
<p>Trung tâm tuyển điều phối viên sự kiện, lương 12.000.000 đồng/tháng.</p>
""")

ENTRY = entry(
    s, name="Da Nang Social Innovation Festival 2027 (youth enterprise hub, Da Nang)",
    languages=["vi", "en"], fees=[(200000, "VND"), (100000, "VND")], free_option=True, fee_support=True,
    remote_participation=False, captcha=[], account_required=True, registration_form=None,
    registration_host="ticketbox.vn", min_age=None, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "ve.html", "hoi-dap.html", "tiep-can.html"],
    evidence={
        "languages": [Q("index.html", "Hai ngày dành cho các doanh nghiệp xã hội, nhóm thanh niên tình nguyện"),
                      Q("index.html", "The Da Nang Social Innovation Festival brings social enterprises", "English section")],
        "un_languages": [N("en")],
        "fees": [Q("ve.html", "200.000 ₫", "200000 VND"), Q("ve.html", "VND 100,000", "students"),
                 Q("index.html", "Workshop passes cost VND 200,000 (students VND 100,000)", "same fees in English"),
                 Q("gian-hang.html", "5.000.000 đồng cho hai ngày", "booth"),
                 Q("luu-tru.html", "từ 850.000đ/đêm", "hotel, Grab, parking"),
                 Q("quyen-gop.html", "Mỗi khoản quyên góp 100.000 ₫", "donation, not a fee (same amount as the student pass)"),
                 Q("tuyen-dung.html", "lương 12.000.000 đồng/tháng", "salary"),
                 Q("index.html", "2 tỷ đồng cho một ý tưởng?", "talk title")],
        "free_option": [Q("ve.html", "Hội chợ và tọa đàm công dân Miễn phí"),
                        Q("index.html", "Hội chợ và tọa đàm công dân vào cửa tự do")],
        "fee_support": [Q("ve.html", "Vé workshop sinh viên (xuất trình thẻ sinh viên)", "student rate")],
        "remote_participation": [Q("hoi-dap.html", "chỉ để theo dõi. Người xem trực tuyến không thể đặt câu hỏi hay biểu quyết.")],
        "captcha": [N("no form on the site")],
        "account_required": [Q("ve.html", "Bạn cần đăng nhập tài khoản Ticketbox để mua vé."),
                             Q("index.html", "you need a Ticketbox account to buy them")],
        "registration_form": [N("no own form; Ticketbox only")],
        "registration_host": [M("ve.html", 'href="https://ticketbox.vn/ngay-hoi-doi-moi-sang-tao-da-nang-2027"')],
        "registration_pdf_only": [N("tickets online")],
        "min_age": [Q("hoi-dap.html", "Trẻ em dưới 12 tuổi phải có người lớn đi kèm.", "accompaniment rule, not a minimum age")],
        "accessibility_statement": [Q("tiep-can.html", "Nếu bạn cần hỗ trợ khác, vui lòng gọi 0236 000 0000")],
        "access_services": [Q("tiep-can.html", "có lối đi và đường dốc cho xe lăn"),
                            Q("tiep-can.html", "Lễ khai mạc có phiên dịch ngôn ngữ ký hiệu Việt Nam."),
                            Q("tiep-can.html", "Năm nay không có phụ đề trực tiếp tại các tọa đàm.", "no captions (negation)")],
        "videos_without_captions": [M("index.html", 'src="media/ngay-hoi-2026.mp4">', "no track; loi-moi.mp4 is captioned")],
        "pdf_only_documents": [M("index.html", 'href="tai-lieu/chuong-trinh-2027.pdf"'),
                               Q("hoi-dap.html", "Chương trình chi tiết chỉ có ở dạng PDF.")],
    })
