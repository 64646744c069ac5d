"""Weaving workshop series of a made-up weaving arts centre (Luang Prabang). lo; an English page declared
lang="lo"."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "kan-thor-phae-luang-prabang"
NAV_LO = [("index.html", "ໜ້າຫຼັກ"), ("khaorian.html", "ຫຼັກສູດ ແລະ ຄ່າຮຽນ"), ("longthabian.html", "ລົງທະບຽນ"),
          ("khaothueng.html", "ການເຂົ້າເຖິງ"), ("thiphak.html", "ທີ່ພັກ ແລະ ການເດີນທາງ"), ("hankha.html", "ຮ້ານຄ້າ ແລະ ຜູ້ສະໜັບສະໜູນ"),
          ("ngan.html", "ຮັບສະໝັກພະນັກງານ"), ("en/index.html", "English")]
NAV_EN = [("en/index.html", "Home"), ("khaorian.html", "Courses (Lao)"), ("longthabian.html", "Register (Lao)"),
          ("index.html", "ພາສາລາວ")]
s = mk(SLUG, {"lo": "ສູນສິລະປະການທໍຜ້າຫຼວງພະບາງ", "en": "Luang Prabang Weaving Arts Centre"}, "lo", "#9c5a12", "ທໍ",
       {"lo": NAV_LO, "en": NAV_EN}, homes={"en": "en/index.html"},
       foot={"lo": "<p>ສູນສິລະປະການທໍຜ້າຫຼວງພະບາງ · ບ້ານພະໂພນເພົາ, ຫຼວງພະບາງ · weave@lp-weaving.example.la</p>",
             "en": "<p>Luang Prabang Weaving Arts Centre · Ban Phonpheng, Luang Prabang · weave@lp-weaving.example.la</p>"})
placeholder_media(s, "media/thor-phae.mp4")

s.page("index.html", "ຊຸດຝຶກອົບຮົມການທໍຜ້າ 2027", """
<h1>ຊຸດຝຶກອົບຮົມການທໍຜ້າ ແລະ ການຍ້ອມສີທຳມະຊາດ 2027</h1>
<p>ສູນສິລະປະການທໍຜ້າຫຼວງພະບາງ ເປີດຝຶກອົບຮົມການທໍຜ້າໄໝແບບພື້ນເມືອງ ແລະ ການຍ້ອມສີຈາກພືດ ທຸກເດືອນ ແຕ່ເດືອນມັງກອນ
ຫາເດືອນມິຖຸນາ 2027. ນັກຮຽນຈະໄດ້ຮຽນກັບຊ່າງທໍຜ້າຈາກບ້ານຕ່າງໆ ແລະ ໄດ້ນຳຜ້າທີ່ທໍເອງກັບບ້ານ.</p>
<p>ເບິ່ງ <a href="@khaorian.html">ຫຼັກສູດ ແລະ ຄ່າຮຽນ</a> ແລ້ວ <a href="@longthabian.html">ລົງທະບຽນ</a>.</p>
""" + video("media/thor-phae.mp4") + """
<p><a href="@gallery.html">ຮູບພາບຜົນງານຂອງນັກຮຽນ</a></p>
""")

s.page("khaorian.html", "ຫຼັກສູດ ແລະ ຄ່າຮຽນ", """
<h1>ຫຼັກສູດ ແລະ ຄ່າຮຽນ</h1>
<ul>
<li>ຫຼັກສູດທໍຜ້າ 5 ວັນ: 500.000 ກີບ</li>
<li>ນັກສຶກສາ (ຫຼັກສູດ 5 ວັນ): 250.000 ກີບ</li>
<li>ຊັ້ນຮຽນຍ້ອມສີທຳມະຊາດ 1 ມື້: 150.000 ກີບ</li>
</ul>
<p>ຄ່າໄໝ ແລະ ອຸປະກອນ ລວມຢູ່ໃນຄ່າຮຽນແລ້ວ.</p>
<p>ບໍ່ມີບ່ອນຮຽນຟຣີ.</p>
<p>ບໍ່ມີການຮຽນອອນລາຍ: ທຸກຊັ້ນຮຽນຈັດຢູ່ສູນເທົ່ານັ້ນ.</p>
<p>ຜູ້ເຂົ້າຮ່ວມຕ້ອງມີອາຍຸ ສິບສີ່ ປີຂຶ້ນໄປ.</p>
""")

form = "".join([
    fld("name", "ຊື່ ແລະ ນາມສະກຸນ (ຈຳເປັນ)"),
    fld("tel", "ເບີໂທລະສັບ ຫຼື WhatsApp (ຈຳເປັນ)", "tel"),
    fld("email", "ອີເມວ", "email"),
    fld("dob", "ວັນເດືອນປີເກີດ (ຈຳເປັນ)", "date"),
    fld("nat", "ສັນຊາດ", "select", opts=["ລາວ", "ໄທ", "ຫວຽດນາມ", "ອື່ນໆ"]),
    fld("course", "ຫຼັກສູດ (ຈຳເປັນ)", "select", opts=["ຫຼັກສູດທໍຜ້າ 5 ວັນ", "ຊັ້ນຮຽນຍ້ອມສີທຳມະຊາດ 1 ມື້"]),
    radios("exp", "ເຄີຍທໍຜ້າມາກ່ອນບໍ?", ["ບໍ່ເຄີຍ", "ເຄີຍ"]),
    fld("card", "ບັດນັກສຶກສາ (ສຳລັບລາຄານັກສຶກສາ)", "file"),
])
s.page("longthabian.html", "ລົງທະບຽນ", f"""
<h1>ລົງທະບຽນ</h1>
<form action="@longthabian.html" method="post">
{form}
<div class="g-recaptcha" data-sitekey="6Lc-lp-weaving-centre"></div>
<button type="submit">ສົ່ງ</button>
</form>
""")

s.page("khaothueng.html", "ການເຂົ້າເຖິງ", """
<h1>ການເຂົ້າເຖິງ</h1>
<p>ຫ້ອງຮຽນຢູ່ຊັ້ນລຸ່ມ, ລົດເຂັນເຂົ້າໄດ້ ແລະ ມີຫ້ອງນ້ຳສຳລັບຄົນພິການ.</p>
<p>ມີຜູ້ແປພາສາລາວ–ອັງກິດ ສຳລັບນັກຮຽນຕ່າງປະເທດ.</p>
<p>ຖ້າທ່ານຕ້ອງການການຊ່ວຍເຫຼືອພິເສດ ກະລຸນາຕິດຕໍ່ access@lp-weaving.example.la.</p>
""")

s.page("en/index.html", "Weaving workshops 2027", """
<h1>Weaving and natural dye workshops 2027</h1>
<p>The Luang Prabang Weaving Arts Centre runs workshops in traditional silk weaving and plant dyeing every month from
January to June 2027. You learn with weavers from the villages and take home the cloth you weave.</p>
<p>The five-day weaving course costs 500,000 kip (students 250,000 kip); the one-day natural dye class costs 150,000
kip. There are no free places and no online classes. Participants must be 14 or older.</p>
<p>The classroom is on the ground floor and wheelchair users can enter. Registration is in Lao; write to us in English
if you need help.</p>
""", lang="lo", header_lang="en")

s.page("thiphak.html", "ທີ່ພັກ ແລະ ການເດີນທາງ", """
<h1>ທີ່ພັກ ແລະ ການເດີນທາງ</h1>
<p>ເຮືອນພັກໃກ້ສູນ: 300.000 ກີບ ຕໍ່ຄືນ. ລົດຕຸກຕຸກຈາກສະຖານີລົດໄຟ: 40.000 ກີບ.</p>
""")

s.page("hankha.html", "ຮ້ານຄ້າ ແລະ ຜູ້ສະໜັບສະໜູນ", """
<h1>ຮ້ານຄ້າ ແລະ ຜູ້ສະໜັບສະໜູນ</h1>
<p>ຮ້ານຂອງສູນຂາຍຜ້າພັນຄໍໄໝ ລາຄາ 350.000 ກີບ ຕໍ່ຜືນ.</p>
<p>ຜູ້ສະໜັບສະໜູນຫຼັກ: 10.000.000 ກີບ.</p>
""")

s.page("ngan.html", "ຮັບສະໝັກພະນັກງານ", """
<h1>ຮັບສະໝັກພະນັກງານ</h1>
<p>ຜູ້ຊ່ວຍຄູສອນທໍຜ້າ — ເງິນເດືອນ 3.500.000 ກີບ ຕໍ່ເດືອນ.</p>
""")

ENTRY = entry(
    s, name="Weaving and natural dye workshops 2027 (weaving arts centre, Luang Prabang)",
    languages=["lo", "en"],
    fees=[(500000, "LAK"), (250000, "LAK"), (150000, "LAK")],
    free_option=False, fee_support=True, remote_participation=False, captcha=["recaptcha"],
    account_required=False, registration_form=(8, 4, ["phone", "birth_date", "nationality"]),
    registration_host=None, registration_pdf_only=False, min_age=14, accessibility_statement=True,
    access_services=["wheelchair_access", "interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "khaorian.html", "longthabian.html", "khaothueng.html", "en/index.html"],
    deliberate_404=["gallery.html"],
    evidence={
        "languages": [Q("index.html", "ສູນສິລະປະການທໍຜ້າຫຼວງພະບາງ ເປີດຝຶກອົບຮົມການທໍຜ້າໄໝແບບພື້ນເມືອງ"),
                      Q("en/index.html", "The Luang Prabang Weaving Arts Centre runs workshops in traditional silk weaving",
                        "whole English page, declared lang=\"lo\": English"),
                      M("en/index.html", '<html lang="lo">', "wrong declaration")],
        "un_languages": [N("en")],
        "fees": [Q("khaorian.html", "ຫຼັກສູດທໍຜ້າ 5 ວັນ: 500.000 ກີບ", "500000 LAK"),
                 Q("khaorian.html", "ນັກສຶກສາ (ຫຼັກສູດ 5 ວັນ): 250.000 ກີບ", "250000 LAK"),
                 Q("khaorian.html", "ຊັ້ນຮຽນຍ້ອມສີທຳມະຊາດ 1 ມື້: 150.000 ກີບ", "150000 LAK"),
                 Q("en/index.html", "The five-day weaving course costs 500,000 kip", "English restatement, no new entries"),
                 Q("thiphak.html", "ເຮືອນພັກໃກ້ສູນ: 300.000 ກີບ ຕໍ່ຄືນ.", "guesthouse, tuk-tuk: not fees"),
                 Q("hankha.html", "ຮ້ານຂອງສູນຂາຍຜ້າພັນຄໍໄໝ ລາຄາ 350.000 ກີບ ຕໍ່ຜືນ.", "shop, sponsor: not fees"),
                 Q("ngan.html", "ເງິນເດືອນ 3.500.000 ກີບ ຕໍ່ເດືອນ", "salary: not a fee")],
        "free_option": [Q("khaorian.html", "ບໍ່ມີບ່ອນຮຽນຟຣີ.", "no free places: false")],
        "fee_support": [Q("khaorian.html", "ນັກສຶກສາ (ຫຼັກສູດ 5 ວັນ): 250.000 ກີບ", "student rate below 500000")],
        "remote_participation": [Q("khaorian.html", "ບໍ່ມີການຮຽນອອນລາຍ: ທຸກຊັ້ນຮຽນຈັດຢູ່ສູນເທົ່ານັ້ນ.", "false")],
        "captcha": [M("longthabian.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form without password", "longthabian.html")],
        "registration_form": [N("longthabian.html: 8 fields: name, phone/WhatsApp, e-mail, birth date, nationality select, "
                                "course select, experience radio group, student-card file. Required ((ຈຳເປັນ)): name, phone, "
                                "birth date, course = 4. Sensitive: phone, birth_date, nationality.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("khaorian.html", "ຜູ້ເຂົ້າຮ່ວມຕ້ອງມີອາຍຸ ສິບສີ່ ປີຂຶ້ນໄປ.", "14 (in words)")],
        "accessibility_statement": [Q("khaothueng.html", "ຫ້ອງຮຽນຢູ່ຊັ້ນລຸ່ມ, ລົດເຂັນເຂົ້າໄດ້")],
        "access_services": [Q("khaothueng.html", "ລົດເຂັນເຂົ້າໄດ້ ແລະ ມີຫ້ອງນ້ຳສຳລັບຄົນພິການ", "wheelchair_access"),
                            Q("khaothueng.html", "ມີຜູ້ແປພາສາລາວ–ອັງກິດ ສຳລັບນັກຮຽນຕ່າງປະເທດ.", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/thor-phae.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
