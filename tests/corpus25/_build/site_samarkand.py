from lib import *

NAV = [("index.html", "Bosh sahifa"), ("tolov.html", "Ishtirok to'lovi"), ("royxat.html", "Ro'yxatdan o'tish"), ("dastur.html", "Dastur"),
       ("qulaylik.html", "Qulayliklar"), ("homiylar.html", "Homiylar"), ("mehmonxona.html", "Mehmonxona"), ("yangiliklar.html", "Yangiliklar")]
s = mk("samarqand-yosh-shifokorlar-konferensiyasi", "Samarqand yosh shifokorlar konferensiyasi 2027", "uz", "#0f6e6e", "YSK", NAV,
       foot={"uz": "<p>Yosh shifokorlar assotsiatsiyasi · Samarqand · ysk2027@yosh-shifokor.example.uz</p>"})
placeholder_media(s, "media/konferensiya.mp4")
s.pdf("docs/dastur-2027.pdf", "Samarqand yosh shifokorlar konferensiyasi 2027 - dastur\n1-kun plenar\n2-kun seksiyalar")
s.page("index.html", "Samarqand yosh shifokorlar konferensiyasi 2027", """
<h1>Samarqand yosh shifokorlar konferensiyasi 2027</h1>
<p>2027-yil 21–23-aprel kunlari Yosh shifokorlar assotsiatsiyasi Samarqand davlat tibbiyot universitetida rezidentlar, yosh shifokorlar va talabalarni ilmiy ma'ruzalar va master-klasslarga yig'adi.</p>
<p>Onlayn poster taqdimotlari Zoom orqali o'tadi: mualliflar posterini jonli namoyish qiladi va tinglovchilarning savollariga javob beradi.</p>
""" + video("media/konferensiya.mp4") + """
<h2>Информация на русском</h2>
<p>Конференция молодых врачей пройдёт в Самаркандском государственном медицинском университете 21–23 апреля 2027 года. Для участников из других стран работает синхронный перевод, а онлайн-постеры представляются в Zoom с ответами на вопросы.</p>
""")
s.page("tolov.html", "Ishtirok to'lovi", """
<h1>Ishtirok to'lovi</h1>
<ul><li>Shifokorlar va rezidentlar: 350 000 so'm</li><li>Talabalar: 150 000 so'm</li><li>Onlayn poster taqdimoti: UZS 100 000</li></ul>
<p>Bepul ishtirok nazarda tutilmagan, ma'ruzachilar ham to'lov qiladi.</p>
""")
form = "".join([fld("nm", "F.I.Sh. (majburiy)"), fld("em", "Elektron pochta (majburiy)", "email"), fld("ph", "Telefon raqami (majburiy)", "tel"),
    fld("dob", "Tug'ilgan sana", "date"), fld("jsh", "JSHSHIR (majburiy)"), fld("uni", "Universitet yoki shifoxona (majburiy)"),
    fld("sec", "Seksiya (majburiy)", "select", opts=["Terapiya", "Jarrohlik", "Pediatriya", "Jamoat salomatligi"]),
    fld("abs", "Tezislar fayli", "file"), radios("gen", "Jinsi", ["Ayol", "Erkak"]), fld("ok", "Shaxsiy ma'lumotlarni qayta ishlashga roziman (majburiy)", "checkbox")])
s.page("royxat.html", "Ro'yxatdan o'tish", f"""
<h1>Ro'yxatdan o'tish</h1>
<form action="@royxat.html" method="post">{form}<button type="submit">Yuborish</button></form>
""")
s.page("dastur.html", "Dastur", """
<h1>Dastur</h1>
<p>Konferensiya dasturi faqat <a href="@docs/dastur-2027.pdf">PDF</a> shaklida e'lon qilinadi.</p>
""")
s.page("qulaylik.html", "Qulayliklar", """
<h1>Qulayliklar</h1>
<p>Universitetning majlislar zali ikkinchi qavatda joylashgan, liftga ega va nogironlar aravachasi uchun qulay.</p>
<p>Yalpi majlislarda o'zbek, rus va ingliz tillari o'rtasida sinxron tarjima bo'ladi.</p>
""")
s.page("homiylar.html", "Homiylar", """
<h1>Homiylar</h1>
<p>Bosh homiy paketi: 40 000 000 so'm. Farmatsevtika kompaniyalari uchun stend: 6 000 000 so'm.</p>
""")
s.page("mehmonxona.html", "Mehmonxona", """
<h1>Mehmonxona va yo'l</h1>
<p>Registon yaqinidagi mehmonxona: bir kecha 450 000 so'm. Toshkentdan Afrosiyob poyezdi: 270 000 so'm.</p>
""")
s.page("yangiliklar.html", "Yangiliklar", """
<h1>Yangiliklar</h1>
<p>Eng yaxshi yosh tadqiqotchi mukofoti: 5 000 000 so'm.</p>
""")
ENTRY = entry(s, name="Samarkand Young Doctors' Conference 2027 (young doctors' association)",
    languages=["uz", "ru"], fees=[(350000, "UZS"), (150000, "UZS"), (100000, "UZS")],
    free_option=False, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=(10, 7, ["phone", "birth_date", "id_document", "affiliation", "gender"]), min_age=None,
    accessibility_statement=True, access_services=["wheelchair_access", "interpretation"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "tolov.html", "royxat.html", "dastur.html", "qulaylik.html"],
    evidence={
        "languages": [Q("index.html", "Yosh shifokorlar assotsiatsiyasi Samarqand davlat tibbiyot universitetida rezidentlar"),
                      Q("index.html", "Конференция молодых врачей пройдёт в Самаркандском государственном медицинском университете", "Russian section without lang")],
        "un_languages": [N("ru")],
        "fees": [Q("tolov.html", "Shifokorlar va rezidentlar: 350 000 so'm", "350000 UZS"), Q("tolov.html", "Talabalar: 150 000 so'm", "150000 UZS"),
                 Q("tolov.html", "Onlayn poster taqdimoti: UZS 100 000", "online poster with questions 100000 UZS"),
                 Q("homiylar.html", "Bosh homiy paketi: 40 000 000 so'm.", "sponsor, stand: not fees"),
                 Q("mehmonxona.html", "bir kecha 450 000 so'm", "hotel, train: not fees"),
                 Q("yangiliklar.html", "Eng yaxshi yosh tadqiqotchi mukofoti: 5 000 000 so'm.", "prize: not a fee")],
        "free_option": [Q("tolov.html", "Bepul ishtirok nazarda tutilmagan, ma'ruzachilar ham to'lov qiladi.")],
        "fee_support": [Q("tolov.html", "Talabalar: 150 000 so'm", "student rate below 350000")],
        "remote_participation": [Q("index.html", "mualliflar posterini jonli namoyish qiladi va tinglovchilarning savollariga javob beradi")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("10 fields (name, e-mail, phone, birth date, JSHSHIR, university or hospital, section select, abstract file, gender radio, consent); 7 marked (majburiy); sensitive phone, birth_date, id_document, affiliation, gender", "royxat.html"),
                              Q("royxat.html", "JSHSHIR (majburiy)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("qulaylik.html", "liftga ega va nogironlar aravachasi uchun qulay")],
        "access_services": [Q("qulaylik.html", "liftga ega va nogironlar aravachasi uchun qulay", "wheelchair_access"),
                            Q("qulaylik.html", "o'zbek, rus va ingliz tillari o'rtasida sinxron tarjima bo'ladi", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/konferensiya.mp4">', "no track")],
        "pdf_only_documents": [Q("dastur.html", "Konferensiya dasturi faqat PDF shaklida e'lon qilinadi.")],
    })
