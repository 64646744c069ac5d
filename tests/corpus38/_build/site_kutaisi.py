"""Kutaisi, Georgia: cybersecurity capacity-building forum (Georgian, Russian page declared ka)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "kiberusaprtkhoebis-forumi-kutaisi"
NAV = [("index.html", "მთავარი"), ("bileti.html", "ბილეთები"), ("ganacxadi.html", "უფასო ადგილის განაცხადი"),
       ("khelmisatsvdomoba.html", "ხელმისაწვდომობა"), ("ctf.html", "CTF შეჯიბრი"), ("sponsorebi.html", "სპონსორები"),
       ("sastumro.html", "სასტუმრო და ტრანსპორტი")]
NAV_RU = [("ru/index.html", "По-русски"), ("index.html", "ქართულად"), ("bileti.html", "Билеты (на грузинском)")]
FOOT = {"ka": "<p>დასავლეთ საქართველოს კიბერმედეგობის ცენტრი · ქუთაისი, რუსთაველის გამზ. 41 · info@wgcrc.example.ge</p>",
        "ru": "<p>Центр киберустойчивости Западной Грузии · Кутаиси, пр. Руставели 41 · info@wgcrc.example.ge</p>"}
s = mk(SLUG, {"ka": "ქუთაისის კიბერუსაფრთხოების ფორუმი 2027", "ru": "Кутаисский форум по кибербезопасности 2027"}, "ka",
       "#3a0ca3", "CYB", {"ka": NAV, "ru": NAV_RU}, langs={"ka": [("ru/index.html", "Русский")], "ru": [("index.html", "ქართული")]},
       foot=FOOT)
placeholder_media(s, "media/forumi-2026.mp4")
placeholder_media(s, "media/ctf-2026.mp4")

T_INTRO = "დასავლეთ საქართველოს კიბერმედეგობის ცენტრი 2027 წლის 11–12 ნოემბერს ქუთაისში მართავს კიბერუსაფრთხოების შესაძლებლობების განვითარების ფორუმს"
s.page("index.html", "ქუთაისის კიბერუსაფრთხოების ფორუმი 2027", f"""
<h1>ქუთაისის კიბერუსაფრთხოების ფორუმი 2027</h1>
<p>{T_INTRO}. ფორუმზე მუნიციპალიტეტების, სკოლების, საავადმყოფოებისა და მცირე ბიზნესის წარმომადგენლები ისწავლიან ინციდენტებზე რეაგირებას და ფიშინგისგან თავის დაცვას.</p>
<h2>2026 წლის ფორუმი</h2>
{video("media/forumi-2026.mp4")}
<h2>CTF შეჯიბრი 2026</h2>
{video("media/ctf-2026.mp4")}
<p><a href="@2026.html">2026 წლის ფორუმის მასალები</a></p>
""")

T_FREE = "მუნიციპალიტეტების საჯარო მოსამსახურეებისთვის მონაწილეობა უფასოა"
T_ACC = "ბილეთის შესაძენად საჭიროა tkt.ge-ზე ანგარიშით შესვლა"
T_ONSITE = "ფორუმი მხოლოდ ადგილზე ტარდება; ონლაინ მონაწილეობა არ არის გათვალისწინებული"
T_AGE = "მონაწილეობა შესაძლებელია 18 წლიდან"
s.page("bileti.html", "ბილეთები — ქუთაისის კიბერუსაფრთხოების ფორუმი", f"""
<h1>ბილეთები</h1>
<ul>
<li>სტანდარტული ბილეთი: 150 ₾</li>
<li>სტუდენტები: 40 ₾</li>
</ul>
<p>{T_FREE} — შეავსეთ <a href="@ganacxadi.html">განაცხადი</a>.</p>
<p>ბილეთები იყიდება tkt.ge-ზე: <a href="https://tkt.ge/event/kutaisi-cyber-forum-2027">ბილეთის ყიდვა</a>. {T_ACC}.</p>
<p>{T_ONSITE}.</p>
<p>{T_AGE}.</p>
""")

FORM = "\n".join([
    fld("name", "სახელი და გვარი (შესავსებია)"),
    fld("pn", "პირადი ნომერი (შესავსებია)"),
    fld("dob", "დაბადების თარიღი", "date", req=True),
    fld("email", "ელფოსტა (შესავსებია)", "email"),
    fld("phone", "ტელეფონი", "tel"),
    fld("muni", "მუნიციპალიტეტი", "select", opts=["ქუთაისი", "ზესტაფონი", "ტყიბული", "სამტრედია", "ჭიათურა", "სხვა"]),
    fld("office", "უწყება ან სამსახური"),
    radios("sex", "სქესი", ["ქალი", "კაცი"]),
    fld("s1", "სესია: ინციდენტებზე რეაგირება", "checkbox"),
    fld("s2", "სესია: ფიშინგის სწავლება", "checkbox"),
    fld("agree", "ვეთანხმები მონაცემების დამუშავებას", "checkbox", req=True),
])
s.page("ganacxadi.html", "უფასო ადგილის განაცხადი — ქუთაისის კიბერუსაფრთხოების ფორუმი", f"""
<h1>უფასო ადგილის განაცხადი მუნიციპალიტეტების მოსამსახურეებისთვის</h1>
<p>განაცხადის დადასტურების შემდეგ მოსაწვევს ელფოსტით მიიღებთ.</p>
<form action="@ganacxadi.html" method="post">
{FORM}
<div id="arkose-enforcement" class="arkose-labs" data-public-key="WGCRC-2027-KUTAISI"></div>
<button type="submit">გაგზავნა</button>
</form>
""")

T_RAMP = "დარბაზი პირველ სართულზეა, შესასვლელთან პანდუსით; ეტლით გადაადგილება შესაძლებელია"
T_SIGN = "ქართული ჟესტური ენის თარჯიმანი მოთხოვნით"
T_NOCAP = "ცოცხალი სუბტიტრები არ იქნება"
s.page("khelmisatsvdomoba.html", "ხელმისაწვდომობა — ქუთაისის კიბერუსაფრთხოების ფორუმი", f"""
<h1>ხელმისაწვდომობა</h1>
<p>{T_RAMP}.</p>
<p>{T_SIGN} (მოგვწერეთ 1 ნოემბრამდე).</p>
<p>{T_NOCAP}.</p>
<p>სხვა საჭიროებისთვის: access@wgcrc.example.ge</p>
""")

T_RU = "Кутаисский форум по развитию потенциала в области кибербезопасности пройдёт 11–12 ноября 2027 года в Кутаиси"
s.page("ru/index.html", "Кутаисский форум по кибербезопасности 2027", f"""
<h1>Кутаисский форум по кибербезопасности 2027</h1>
<p>{T_RU}. Сотрудники муниципалитетов, школ, больниц и малого бизнеса учатся реагировать на инциденты и защищаться от фишинга.</p>
<p>Стандартный билет — 150 лари, студенты — 40 лари; для служащих муниципалитетов участие бесплатное по заявке. Билеты продаются на tkt.ge, для покупки нужна учётная запись.</p>
<p>Форум проходит только очно. Зал на первом этаже, с пандусом; переводчик грузинского жестового языка — по запросу. Участие — с 18 лет.</p>
""", lang="ka", header_lang="ru")

s.page("ctf.html", "CTF შეჯიბრი — ქუთაისის კიბერუსაფრთხოების ფორუმი", """
<h1>CTF შეჯიბრი</h1>
<p>CTF შეჯიბრი ფორუმის ნაწილია და მასში მონაწილეობა ფორუმის ბილეთით შეიძლება. საპრიზო ფონდი: 5 000 ₾.</p>
""")

s.page("sponsorebi.html", "სპონსორები — ქუთაისის კიბერუსაფრთხოების ფორუმი", """
<h1>სპონსორები</h1>
<p>ოქროს სპონსორი: 20 000 ₾. სტენდი: 2 500 ₾.</p>
<p>სერტიფიცირების გამოცდის ვაუჩერი სპონსორისგან: US$ 395.</p>
<h2>ვაკანსია</h2>
<p>უსაფრთხოების ანალიტიკოსი, ხელფასი 3 500 ₾ თვეში.</p>
""")

s.page("sastumro.html", "სასტუმრო და ტრანსპორტი — ქუთაისის კიბერუსაფრთხოების ფორუმი", """
<h1>სასტუმრო და ტრანსპორტი</h1>
<p>პარტნიორი სასტუმრო: 180 ₾ ღამეში. მარშრუტკა ქალაქში: 1 ₾. მატარებელი ქუთაისი–თბილისი: 9 ₾.</p>
""")

PP = ["index.html", "bileti.html", "ganacxadi.html", "khelmisatsvdomoba.html", "ru/index.html"]
ENTRY = entry(
    s, name="Kutaisi Cybersecurity Capacity-Building Forum 2027 (West Georgia Cyber Resilience Centre, Kutaisi, Georgia)",
    languages=["ka", "ru"],
    fees=[(150, "GEL"), (40, "GEL")],
    free_option=True, fee_support=True, remote_participation=False,
    captcha=["arkose"], account_required=True,
    registration_form=(11, 5, ["id_document", "birth_date", "phone", "affiliation", "gender"]), registration_host="tkt.ge",
    min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"],
    videos_without_captions=2, pdf_only_documents=False,
    participation_pages=PP, deliberate_404=["2026.html"],
    evidence={
        "languages": [Q("index.html", T_INTRO), Q("ru/index.html", T_RU, "Russian page declared lang=ka")],
        "un_languages": [N("ru")],
        "fees": [Q("bileti.html", "სტანდარტული ბილეთი: 150 ₾"), Q("bileti.html", "სტუდენტები: 40 ₾"),
                 Q("ru/index.html", "Стандартный билет — 150 лари", "restated in Russian: no new entry"),
                 Q("ctf.html", "საპრიზო ფონდი: 5 000 ₾", "prize fund: not a fee"),
                 Q("sponsorebi.html", "ოქროს სპონსორი: 20 000 ₾", "sponsor: not a fee"),
                 Q("sponsorebi.html", "სერტიფიცირების გამოცდის ვაუჩერი სპონსორისგან: US$ 395", "exam voucher: not a fee"),
                 Q("sponsorebi.html", "ხელფასი 3 500 ₾ თვეში", "salary: not a fee"),
                 Q("sastumro.html", "180 ₾ ღამეში", "hotel: not a fee")],
        "free_option": [Q("bileti.html", T_FREE)],
        "fee_support": [Q("bileti.html", "სტუდენტები: 40 ₾", "student rate"), Q("bileti.html", T_FREE)],
        "remote_participation": [Q("bileti.html", T_ONSITE)],
        "captcha": [M("ganacxadi.html", '<div id="arkose-enforcement"')],
        "account_required": [Q("bileti.html", T_ACC)],
        "registration_form": [N("free-place application, 11 fields: name, personal number, birth date, e-mail, phone, municipality "
                                "select, office, sex radio, two session checkboxes, consent checkbox; required: 3 marked (შესავსებია) + "
                                "birth date + consent = 5", "ganacxadi.html"),
                              Q("ganacxadi.html", "პირადი ნომერი (შესავსებია)")],
        "registration_host": [M("bileti.html", 'href="https://tkt.ge/event/kutaisi-cyber-forum-2027"')],
        "registration_pdf_only": [N("online")],
        "min_age": [Q("bileti.html", T_AGE)],
        "accessibility_statement": [Q("khelmisatsvdomoba.html", T_RAMP)],
        "access_services": [Q("khelmisatsvdomoba.html", T_RAMP, "wheelchair_access"), Q("khelmisatsvdomoba.html", T_SIGN, "sign_language"),
                            Q("khelmisatsvdomoba.html", T_NOCAP, "no captions (negation)")],
        "videos_without_captions": [M("index.html", 'src="media/forumi-2026.mp4">', "no track"),
                                    M("index.html", 'src="media/ctf-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
