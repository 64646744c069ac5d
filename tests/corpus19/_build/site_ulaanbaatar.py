from lib import mk, Q, M, N, entry, fld, radios

NAV = [("index.html", "Нүүр"), ("oroltsoo.html", "Оролцох нөхцөл"), ("burtgel.html", "Бүртгэл"), ("zoom.html", "Аймгаас Zoom-ээр"),
       ("khurteemj.html", "Хүртээмж"), ("zah-zeel.html", "Зах зээлийн мэдээ"), ("zochid-buudal.html", "Буудал, унаа"), ("medee.html", "Мэдээ")]
s = mk("malchdyn-khorshoony-chuulgan-ulaanbaatar", "Малчдын хоршооны үндэсний чуулган 2027", "mn", "#8c1d18", "МХЧ", NAV,
       foot={"mn": "<p>Малчдын хоршоодын холбоо · Улаанбаатар, Сүхбаатар дүүрэг · chuulgan@malchin.example.mn</p>"})

s.page("index.html", "Малчдын хоршооны үндэсний чуулган 2027", """
<h1>Малчдын хоршооны үндэсний чуулган 2027</h1>
<p>2027 оны 10-р сарын 14–16-нд Улаанбаатар хотноо 21 аймгийн малчдын хоршоод цугларч ноолуурын үнэ, бэлчээрийн менежмент, зудын эрсдэлийн даатгалын талаар ярилцаж, чуулганы тогтоолыг батална.</p>
<p><a href="@oroltsoo.html">Оролцох нөхцөл</a> · <a href="@burtgel.html">Бүртгэл</a> · <a href="@zoom.html">Аймгийн төвөөс Zoom-ээр оролцох</a> · <a href="@khurteemj.html">Хүртээмж</a></p>
<section lang="en">
<h2>In English</h2>
<p>The National Assembly of Herders' Cooperatives meets in Ulaanbaatar on 14–16 October 2027. Cooperatives from all 21 aimags discuss cashmere prices, pasture management and insurance against dzud, and adopt the assembly's resolution. Herders of member cooperatives take part free of charge, and delegates in aimag centres can join by Zoom and vote.</p>
</section>
<section>
<h2>Қазақша</h2>
<p>Малшылар кооперативтерінің ұлттық жиыны 2027 жылы 14–16 қазанда Ұланбатырда өтеді. Баян-Өлгий аймағынан келетін малшыларға қазақ тілінен моңғол тіліне аударма жасалады. Тіркелу үшін тіркеу бетіндегі нысанды толтырыңыз.</p>
</section>
""")

s.page("oroltsoo.html", "Оролцох нөхцөл", """
<h1>Оролцох нөхцөл</h1>
<p>Холбооны гишүүн хоршооны малчид бүртгэлийн хураамжгүй оролцоно.</p>
<p>Бусад байгууллагын төлөөлөгчдийн бүртгэлийн хураамж: 150 000 ₮.</p>
<p>Орон нутгаас ирэх малчдын унааны зардлыг нөхөн олгоно.</p>
<p>Чуулганд 18 нас хүрсэн малчид оролцоно.</p>
""")

form = "\n".join([
    fld("h-name", "Овог нэр (заавал)", req=True),
    fld("h-reg", "Регистрийн дугаар (заавал)", req=True),
    fld("h-tel", "Утас (заавал)", "tel", req=True),
    fld("h-coop", "Хоршооны нэр (заавал)"),
    fld("h-member", "Хоршооны гишүүний дугаар"),
    fld("h-aimag", "Аймаг (заавал)", "select", req=True, opts=["Архангай", "Баян-Өлгий", "Баянхонгор", "Говь-Алтай", "Дорнод", "Завхан", "Өвөрхангай", "Сүхбаатар", "Увс", "Ховд", "Хэнтий", "Бусад"]),
    fld("h-sum", "Сум"),
    radios("h-form", "Оролцох хэлбэр (заавал)", ["Улаанбаатарт биечлэн", "Аймгийн төвөөс Zoom-ээр"], req=True),
    fld("h-travel", "Унааны зардлаа нөхүүлэх хүсэлтэй", "checkbox"),
    fld("h-kk", "Казах-монгол орчуулга хэрэгтэй", "checkbox"),
    fld("h-mail", "И-мэйл", "email"),
])
s.page("burtgel.html", "Бүртгэл", f"""
<h1>Бүртгэл</h1>
<p>Бүртгэл 9-р сарын 20-нд хаагдана. (заавал) гэсэн талбарыг заавал бөглөнө.</p>
<form action="@burtgel.html" method="post">
{form}
<div class="g-recaptcha" data-sitekey="6Lc-made-up-ulaanbaatar"></div>
<button type="submit">Бүртгүүлэх</button>
</form>
""")

s.page("zoom.html", "Аймгаас Zoom-ээр", """
<h1>Аймгийн төвөөс Zoom-ээр оролцох</h1>
<p>Хол аймгийн малчид аймгийн төвийн хурлын танхимаас Zoom-ээр холбогдож, тогтоолын төслийн талаар үг хэлж, санал хураалтад оролцох боломжтой.</p>
""")

s.page("khurteemj.html", "Хүртээмж", """
<h1>Хүртээмж</h1>
<p>Чуулганы танхимын орц тэргэнцэртэй оролцогчдод зориулсан налуу замтай.</p>
<p>Монгол дохионы хэлний орчуулагч бүх хуралдаанд ажиллана.</p>
<p>Баян-Өлгийн малчдад зориулж казах хэлнээс монгол хэл рүү орчуулга хийнэ.</p>
""")

s.page("zah-zeel.html", "Зах зээлийн мэдээ", """
<h1>Зах зээлийн мэдээ</h1>
<p>Самнасан ноолуурын дундаж үнэ кг тутамд 120 000 ₮ байна. Малын индексжүүлсэн даатгалын хураамж нэг толгой малд 800 ₮. Хоршоодын хөнгөлөлттэй зээлийн дээд хэмжээ 30 000 000 ₮ — энэ талаар чуулганаар ярилцана.</p>
""")

s.page("zochid-buudal.html", "Буудал, унаа", """
<h1>Буудал, унаа</h1>
<p>Төвийн зочид буудал нэг шөнө 120 000 ₮. Өлгий–Улаанбаатар чиглэлийн автобус 140 000 ₮.</p>
""")

s.page("medee.html", "Мэдээ", """
<h1>Мэдээ</h1>
<ul><li>Чуулганы тогтоолын төсөл нийтлэгдлээ.</li><li>Бүртгэл эхэллээ.</li></ul>
<p><a href="@2025-ur-dun.html">2025 оны чуулганы үр дүн</a></p>
""")

ENTRY = entry(s,
    name="National Assembly of Herders' Cooperatives 2027 (herders' cooperatives federation, Ulaanbaatar)",
    languages=["mn", "en", "kk"],
    fees=[(150000, "MNT")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["recaptcha"],
    account_required=False, registration_form=(11, 6, ["affiliation", "id_document", "phone"]),
    registration_host=None, min_age=18, accessibility_statement=True,
    access_services=["interpretation", "sign_language", "wheelchair_access"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "oroltsoo.html", "burtgel.html", "zoom.html", "khurteemj.html"],
    deliberate_404=["2025-ur-dun.html"],
    evidence={
        "languages": [Q("index.html", "21 аймгийн малчдын хоршоод цугларч ноолуурын үнэ, бэлчээрийн менежмент"),
                      Q("index.html", "The National Assembly of Herders' Cooperatives meets in Ulaanbaatar on 14–16 October 2027."),
                      M("index.html", '<section lang="en">'),
                      Q("index.html", "Малшылар кооперативтерінің ұлттық жиыны 2027 жылы 14–16 қазанда Ұланбатырда өтеді.",
                        "Kazakh section without a lang attribute: counts")],
        "un_languages": [N("en")],
        "fees": [Q("oroltsoo.html", "Бусад байгууллагын төлөөлөгчдийн бүртгэлийн хураамж: 150 000 ₮.", "150000 MNT"),
                 Q("zah-zeel.html", "Самнасан ноолуурын дундаж үнэ кг тутамд 120 000 ₮ байна.", "market price, insurance premium and loan ceiling discussed: not fees"),
                 Q("zochid-buudal.html", "Төвийн зочид буудал нэг шөнө 120 000 ₮.", "hotel and bus: not fees")],
        "free_option": [Q("oroltsoo.html", "Холбооны гишүүн хоршооны малчид бүртгэлийн хураамжгүй оролцоно.", "free for herders of member cooperatives (one group)")],
        "fee_support": [Q("oroltsoo.html", "Орон нутгаас ирэх малчдын унааны зардлыг нөхөн олгоно.", "travel reimbursed"),
                        Q("oroltsoo.html", "Холбооны гишүүн хоршооны малчид бүртгэлийн хураамжгүй оролцоно.", "waiver for one group")],
        "remote_participation": [Q("zoom.html", "Zoom-ээр холбогдож, тогтоолын төслийн талаар үг хэлж, санал хураалтад оролцох боломжтой.")],
        "captcha": [M("burtgel.html", '<div class="g-recaptcha"')],
        "account_required": [N("own form without password; no platform", "burtgel.html")],
        "registration_form": [N("burtgel.html: 11 fields: name, register number, phone, cooperative, cooperative membership number, aimag select, soum, participation-form radio group, travel-refund checkbox, interpretation checkbox, e-mail. Required (required attribute or '(заавал)'): name, register number, phone, cooperative, aimag, form = 6. Sensitive: id_document (регистрийн дугаар), phone, affiliation (cooperative); the membership number is not an id_document, aimag and soum are not sensitive.")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("oroltsoo.html", "Чуулганд 18 нас хүрсэн малчид оролцоно.", "18")],
        "accessibility_statement": [Q("khurteemj.html", "Чуулганы танхимын орц тэргэнцэртэй оролцогчдод зориулсан налуу замтай.")],
        "access_services": [Q("khurteemj.html", "тэргэнцэртэй оролцогчдод зориулсан налуу замтай", "wheelchair_access"),
                            Q("khurteemj.html", "Монгол дохионы хэлний орчуулагч бүх хуралдаанд ажиллана.", "sign_language"),
                            Q("khurteemj.html", "казах хэлнээс монгол хэл рүү орчуулга хийнэ.", "interpretation")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
