from lib import *

NAV = [("index.html", "Нүүр"), ("tulbur.html", "Төлбөр"), ("burtgel.html", "Бүртгэл"), ("asuult.html", "Асуулт хариулт"),
       ("khurteemj.html", "Хүртээмж"), ("buudal.html", "Буудал"), ("zakh.html", "Зах зээлийн үнэ"), ("ivyeen.html", "Ивээн тэтгэгч")]
s = mk("malchdyn-khorshoodyn-zovlogoon-khovd", "Малчдын хоршоодын зөвлөгөөн – Ховд 2027", "mn", "#2a5c8a", "МХЗ", NAV,
       foot={"mn": "<p>Баруун бүсийн малчдын хоршоодын холбоо · Ховд аймаг, Жаргалант сум, 3-р баг · zovlogoon@malchin-khorshoo.example.mn</p>"})
placeholder_media(s, "media/malchid.mp4")
s.pdf("docs/khutulbur-2027.pdf", "Programme 2027\nDay 1: cooperatives and wool markets\nDay 2: pasture management\nDay 3: field visit")

s.page("index.html", "Малчдын хоршоодын зөвлөгөөн 2027", """
<h1>Баруун бүсийн малчдын хоршоодын зөвлөгөөн</h1>
<p>2027 оны 8-р сарын 14–16-нд Ховд хотод баруун аймгуудын малчдын хоршоодын төлөөлөгчид цуглаж, ноос ноолуурын борлуулалт, бэлчээрийн менежмент, хоршооны санхүүгийн тайлагналын талаар туршлага солилцоно.</p>
<p>Дэлгэрэнгүй хөтөлбөр зөвхөн PDF хэлбэрээр: <a href="@docs/khutulbur-2027.pdf">хөтөлбөр (PDF)</a>.</p>
""" + video("media/malchid.mp4") + """
<section lang="kk">
<h2>Қазақша</h2>
<p>Батыс аймақтардың малшылар кооперативтерінің кеңесі 2027 жылғы 14–16 тамызда Қобда қаласында өтеді. Баян-Өлгий мен Қобданың қазақ малшыларын да шақырамыз: кеңесте жүн мен кашемир өткізу, жайылымды басқару мәселелері талқыланады.</p>
<p>Қатысу жарнасы — 180 000 ₮. Өлгийден келетіндерге автобус билеті шамамен 35 000 ₮, ал Қазақстаннан келетіндерге шамамен 20 000 ₸ тұрады.</p>
</section>
""")

s.page("tulbur.html", "Төлбөр", """
<h1>Оролцооны төлбөр</h1>
<table>
<tr><th>Ангилал</th><th>Төлбөр</th></tr>
<tr><td>Хоршооны төлөөлөгч, мэргэжилтэн</td><td>180 000 ₮</td></tr>
<tr><td>Хөдөө аж ахуйн их сургуулийн оюутан</td><td>60 000 ₮</td></tr>
<tr><td>Хоршоо руу хийх хээрийн аялал (сонголтоор)</td><td>45 000 ₮</td></tr>
</table>
<p>Үнэгүй суудал олгохгүй.</p>
""")

s.page("burtgel.html", "Бүртгэл", """
<h1>Бүртгэлийн маягт</h1>
<p>Зөвлөгөөнд арван долоон нас хүрсэн малчид, хоршооны гишүүд оролцоно.</p>
<form action="@burtgel.html" method="post">
""" + fld("ner", "Овог нэр (заавал бөглөнө)") + fld("register", "Регистрийн дугаар (заавал бөглөнө)")
  + fld("torson", "Төрсөн огноо", "date") + fld("utas", "Утасны дугаар (заавал бөглөнө)", "tel")
  + fld("email", "И-мэйл", "email") + fld("khorshoo", "Хоршооны нэр")
  + fld("aimag", "Аймаг (заавал бөглөнө)", "select", opts=["Ховд", "Баян-Өлгий", "Увс", "Говь-Алтай", "Завхан"])
  + radios("khelber", "Оролцох хэлбэр", ["Төлөөлөгч", "Оюутан"])
  + fld("aylal", "Хээрийн аялалд оролцоно (45 000 ₮)", "checkbox")
  + fld("zovshoorol", "Зөвлөгөөний журмыг зөвшөөрч байна", "checkbox", req=True) + """
<button type="submit">Илгээх</button>
</form>
""")

s.page("asuult.html", "Асуулт хариулт", """
<h1>Асуулт хариулт</h1>
<h2>Онлайнаар оролцож болох уу?</h2>
<p>Зайнаас оролцох боломжгүй; бүх хэлэлцүүлэг танхимд болно.</p>
<h2>Бүртгүүлэхэд данс нээх шаардлагатай юу?</h2>
<p>Үгүй, маягт бөглөхөд хангалттай.</p>
<h2>Улаанбаатараас хэрхэн ирэх вэ?</h2>
<p>Улаанбаатар–Ховд автобус 95 000 ₮.</p>
""")

s.page("khurteemj.html", "Хүртээмж", """
<h1>Хүртээмж</h1>
<p>Сургалтын танхим нэгдүгээр давхарт байрладаг бөгөөд тэргэнцэртэй хүн нэвтрэх налуу замтай.</p>
<p>Бүх хуралдаанд монгол-казах хэлний орчуулга хийгдэнэ.</p>
<p>Энэ удаад дохионы хэлний орчуулагч байхгүй. Тусгай хэрэгцээ байвал Оюунаатай холбогдоно уу: access@malchin-khorshoo.example.mn</p>
""")

s.page("buudal.html", "Буудал", """
<h1>Буудал</h1>
<p>Буянт голын гэр бааз: хоногт 80 000 ₮, өглөөний цайтай.</p>
""")

s.page("zakh.html", "Зах зээлийн үнэ", """
<h1>Зах зээлийн үнэ</h1>
<p>Ямааны ноолуур: 1 кг нь 140 000 ₮. Хонины ноос: 1 кг нь 1 200 ₮.</p>
""")

s.page("ivyeen.html", "Ивээн тэтгэгч", """
<h1>Ивээн тэтгэгч</h1>
<p>Алтан ивээн тэтгэгч: 5 000 000 ₮.</p>
""")

ENTRY = entry(s, name="Western herders' cooperatives conference 2027 (western herders' cooperatives union, Khovd, Mongolia)",
    languages=["mn", "kk"],
    fees=[(180000, "MNT"), (60000, "MNT"), (45000, "MNT")],
    free_option=False, fee_support=True, remote_participation=False, captcha=[], account_required=False,
    registration_form=(10, 5, ["id_document", "birth_date", "phone", "affiliation"]),
    min_age=17, accessibility_statement=True, access_services=["wheelchair_access", "interpretation"],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "tulbur.html", "burtgel.html", "asuult.html", "khurteemj.html"],
    evidence={
        "languages": [Q("index.html", "баруун аймгуудын малчдын хоршоодын төлөөлөгчид цуглаж"),
                      M("index.html", '<section lang="kk">', "Kazakh section with lang"),
                      Q("index.html", "Баян-Өлгий мен Қобданың қазақ малшыларын да шақырамыз")],
        "un_languages": [N("none")],
        "fees": [Q("tulbur.html", "180 000 ₮"), Q("tulbur.html", "60 000 ₮", "students"),
                 Q("tulbur.html", "Хоршоо руу хийх хээрийн аялал (сонголтоор)", "paid field visit 45 000 ₮"),
                 Q("index.html", "Қатысу жарнасы — 180 000 ₮.", "Kazakh restatement: no new entry"),
                 Q("index.html", "шамамен 20 000 ₸", "bus in KZT and MNT: not fees"),
                 Q("asuult.html", "Улаанбаатар–Ховд автобус 95 000 ₮.", "bus: not a fee"),
                 Q("buudal.html", "хоногт 80 000 ₮", "ger camp: not a fee"),
                 Q("zakh.html", "1 кг нь 140 000 ₮", "cashmere price: not a fee"), Q("ivyeen.html", "5 000 000 ₮", "sponsor: not a fee")],
        "free_option": [Q("tulbur.html", "Үнэгүй суудал олгохгүй.")],
        "fee_support": [Q("tulbur.html", "Хөдөө аж ахуйн их сургуулийн оюутан", "student rate below the delegate rate")],
        "remote_participation": [Q("asuult.html", "Зайнаас оролцох боломжгүй; бүх хэлэлцүүлэг танхимд болно.", "FAQ only")],
        "captcha": [N("no CAPTCHA")],
        "account_required": [Q("asuult.html", "Үгүй, маягт бөглөхөд хангалттай.")],
        "registration_form": [N("10 fields: name, register number, birth date, phone, e-mail, cooperative, aimag select, form radio, field-visit checkbox, consent checkbox; required: 4 marked (заавал бөглөнө) + consent (required attr) = 5", "burtgel.html"),
                              Q("burtgel.html", "Регистрийн дугаар (заавал бөглөнө)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("burtgel.html", "Зөвлөгөөнд арван долоон нас хүрсэн малчид, хоршооны гишүүд оролцоно.")],
        "accessibility_statement": [Q("khurteemj.html", "тэргэнцэртэй хүн нэвтрэх налуу замтай")],
        "access_services": [Q("khurteemj.html", "тэргэнцэртэй хүн нэвтрэх налуу замтай", "wheelchair_access"),
                            Q("khurteemj.html", "Бүх хуралдаанд монгол-казах хэлний орчуулга хийгдэнэ.", "interpretation"),
                            Q("khurteemj.html", "Энэ удаад дохионы хэлний орчуулагч байхгүй.", "sign language negated")],
        "videos_without_captions": [M("index.html", 'src="media/malchid.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "Дэлгэрэнгүй хөтөлбөр зөвхөн PDF хэлбэрээр", "programme only as PDF")],
    })
