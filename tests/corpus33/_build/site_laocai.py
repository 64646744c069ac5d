from lib import *

NAV = [("index.html", "Hội thảo"), ("hoc-phi.html", "Kinh phí"), ("dang-ky.html", "Đăng ký"), ("hoi-dap.html", "Hỏi đáp"),
       ("tiep-can.html", "Tiếp cận"), ("francais.html", "Français"), ("tai-tro.html", "Tài trợ"), ("luu-tru.html", "Lưu trú")]
FOOT = {"vi": '<p>Hội Giáo dục Mầm non Vùng cao — đường Hoàng Liên, TP Lào Cai. hoithao@mamnonvungcao.example.vn</p>'
        '<p><a href="@tin-tuc/hoi-thao-2025.html">Hội thảo 2025</a></p>'}
s = mk("hoi-thao-giao-vien-mam-non-vung-cao-lao-cai", "Hội thảo Giáo viên Mầm non Vùng cao 2027", "vi", "#2e7d5b", "MN", NAV,
       foot=FOOT)

s.page("index.html", "Hội thảo Giáo viên Mầm non Vùng cao", """
<h1>Hội thảo Giáo viên Mầm non Vùng cao 2027</h1>
<p lang="hmn">Nyob zoo!</p>
<p>Ba ngày để các cô giáo mầm non ở các điểm trường vùng cao chia sẻ cách dạy tiếng Việt cho trẻ người H'Mông, Dao và Giáy
qua trò chơi, bài hát và đồ dùng tự làm từ vật liệu địa phương.</p>
<p>Từ ngày 12 đến 14 tháng 8 năm 2027 tại Trường Cao đẳng Lào Cai. Xem <a href="@hoc-phi.html">kinh phí</a> và
<a href="@dang-ky.html">đăng ký</a>. <a href="@francais.html">Version française</a>.</p>
""")

s.page("hoc-phi.html", "Kinh phí", """
<h1>Kinh phí tham dự</h1>
<table><caption>Mức phí</caption>
<tr><th>Đối tượng</th><th>Phí</th></tr>
<tr><td>Giáo viên, cán bộ quản lý</td><td>850.000 ₫</td></tr>
<tr><td>Sinh viên sư phạm mầm non</td><td>300.000 ₫</td></tr>
<tr><td>Giáo viên các điểm trường thôn bản</td><td>Miễn phí</td></tr>
</table>
""")

s.page("dang-ky.html", "Đăng ký", f"""
<h1>Phiếu đăng ký</h1>
<p>Các ô có ghi «bắt buộc điền» không được để trống.</p>
<form action="@dang-ky.html" method="post">
{fld("hoten", "Họ và tên (bắt buộc điền)")}
{fld("cccd", "Số CCCD (bắt buộc điền)")}
{fld("ngaysinh", "Ngày sinh", "date")}
{fld("dt", "Số điện thoại (bắt buộc điền)", "tel")}
{fld("email", "Email", "email")}
{fld("truong", "Trường hoặc điểm trường (bắt buộc điền)")}
{fld("magv", "Mã giáo viên")}
{fld("huyen", "Huyện", "select", opts=["Bát Xát", "Sa Pa", "Si Ma Cai", "Mường Khương", "Bắc Hà", "Khác"])}
{radios("doituong", "Đối tượng (bắt buộc điền)", ["Giáo viên", "Sinh viên", "Giáo viên điểm trường"])}
{radios("gioitinh", "Giới tính", ["Nữ", "Nam"])}
<div id="mosparo-box" class="mosparo__container"></div>
<button type="submit">Gửi</button>
</form>
""")

s.page("hoi-dap.html", "Hỏi đáp", """
<h1>Hỏi đáp</h1>
<details open><summary>Điểm trường ở xa, không về thành phố được thì sao?</summary>
<p>Giáo viên các điểm trường có thể tham gia qua Zoom từ trường trung tâm xã và đặt câu hỏi trực tiếp cho báo cáo viên.</p></details>
<details><summary>Có cần tạo tài khoản không?</summary><p>Không cần, chỉ điền phiếu đăng ký.</p></details>
""")

s.page("tiep-can.html", "Tiếp cận", """
<h1>Tiếp cận</h1>
<p>Hội trường ở tầng một, có lối đi cho xe lăn từ cổng trường.</p>
<p>Có phiên dịch ngôn ngữ ký hiệu Việt Nam ở phiên khai mạc và bế mạc. Hội thảo không có phụ đề trực tiếp.</p>
""")

s.page("francais.html", "Atelier des enseignantes de maternelle des montagnes", """
<h1>Atelier des enseignantes de maternelle des hautes terres</h1>
<p>Pendant trois jours, les enseignantes des écoles satellites des montagnes de Lào Cai partagent leurs méthodes pour
enseigner le vietnamien aux enfants hmong, dao et giáy par le jeu, les chansons et du matériel fabriqué sur place.</p>
<p>Frais : 850 000 dongs pour les enseignantes, 300 000 dongs pour les étudiantes ; gratuit pour les enseignantes des écoles
satellites. La salle est au rez-de-chaussée et accessible en fauteuil roulant.</p>
""", lang="vi")

s.page("tai-tro.html", "Tài trợ", """
<h1>Tài trợ</h1>
<p>Gói tài trợ vàng: 50.000.000 ₫. Bộ đồ chơi gỗ bán tại hội thảo: 450.000 ₫/bộ.</p>
""")

s.page("luu-tru.html", "Lưu trú", """
<h1>Lưu trú và đi lại</h1>
<p>Nhà nghỉ gần trường từ 300.000 ₫/đêm. Xe khách Hà Nội – Lào Cai khoảng 280.000 ₫.</p>
""")

ENTRY = entry(
    s, name="Highland preschool teachers' workshop 2027 (highland early-childhood education association, Lao Cai, Viet Nam)",
    languages=["vi", "fr"], fees=[(850000, "VND"), (300000, "VND")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["other"], account_required=False,
    registration_form=(10, 5, ["id_document", "birth_date", "phone", "affiliation", "gender"]), min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=0,
    pdf_only_documents=False,
    participation_pages=["index.html", "hoc-phi.html", "dang-ky.html", "hoi-dap.html", "tiep-can.html", "francais.html"],
    deliberate_404=["tin-tuc/hoi-thao-2025.html"],
    evidence={
        "languages": [Q("index.html", "Ba ngày để các cô giáo mầm non ở các điểm trường vùng cao"),
                      M("francais.html", '<html lang="vi">', "whole French page declared vi"),
                      Q("francais.html", "Pendant trois jours, les enseignantes des écoles satellites"),
                      M("index.html", '<p lang="hmn">', "Hmong greeting: not listable")],
        "un_languages": [N("fr")],
        "fees": [Q("hoc-phi.html", "850.000 ₫"), Q("hoc-phi.html", "300.000 ₫"),
                 Q("francais.html", "Frais : 850 000 dongs pour les enseignantes", "French restatement: no new entry"),
                 Q("tai-tro.html", "Gói tài trợ vàng: 50.000.000 ₫.", "sponsor, toys sold: not fees"),
                 Q("luu-tru.html", "Nhà nghỉ gần trường từ 300.000 ₫/đêm.", "lodging, coach: not fees")],
        "free_option": [Q("hoc-phi.html", "Giáo viên các điểm trường thôn bản", "'Miễn phí': free for one group")],
        "fee_support": [Q("hoc-phi.html", "Sinh viên sư phạm mầm non", "pre-service teachers' rate below teachers'")],
        "remote_participation": [Q("hoi-dap.html", "có thể tham gia qua Zoom từ trường trung tâm xã và đặt câu hỏi trực tiếp cho báo cáo viên")],
        "captcha": [M("dang-ky.html", '<div id="mosparo-box" class="mosparo__container">', "mosparo: other")],
        "account_required": [Q("hoi-dap.html", "Không cần, chỉ điền phiếu đăng ký.")],
        "registration_form": [N("10 fields: name, CCCD, birth date, phone, e-mail, school, teacher code (not ID), district "
                                "select, category radio, gender radio; required: 5 marked (bắt buộc điền)", "dang-ky.html"),
                              Q("dang-ky.html", "Số CCCD (bắt buộc điền)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("tiep-can.html", "Hội trường ở tầng một, có lối đi cho xe lăn từ cổng trường.")],
        "access_services": [Q("tiep-can.html", "có lối đi cho xe lăn", "wheelchair_access"),
                            Q("tiep-can.html", "Có phiên dịch ngôn ngữ ký hiệu Việt Nam", "sign_language"),
                            Q("tiep-can.html", "Hội thảo không có phụ đề trực tiếp.", "captions negated")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
