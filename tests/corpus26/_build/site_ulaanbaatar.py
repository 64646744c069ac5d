"""National young herders' forum (made-up herders' cooperative federation, Ulaanbaatar, Mongolia): mn, English
section with lang."""
from lib import *

NAV = [("index.html", "Нүүр"), ("oroltsoh.html", "Оролцох"), ("burtgel.html", "Бүртгэл"), ("zain.html", "Алсаас оролцох"),
       ("hurteemj.html", "Хүртээмж"), ("asuult.html", "Түгээмэл асуулт"), ("hamtragch.html", "Хамтрагчид"),
       ("baira.html", "Байр, унаа")]
s = mk("zaluu-malchdyn-forum-ulaanbaatar", "Залуу малчдын үндэсний форум", "mn", "#1d5e8c", "ЗМФ", NAV,
       foot={"mn": "<p>Малчдын хоршоодын холбоо (зохиомол), Сүхбаатар дүүрэг, Улаанбаатар · forum@malchin.example.mn</p>"})

s.page("index.html", "Залуу малчдын үндэсний форум 2027", """
<h1>Залуу малчдын үндэсний форум 2027</h1>
<p>Малчдын хоршоодын холбоо 2027 оны 6-р сарын 14-15-нд Улаанбаатар хотод залуу малчдын форумыг зохион байгуулна. Бэлчээрийн даац, ноолуурын үнэ, зуданд бэлтгэх асуудлаар хэлэлцэж, Засгийн газарт хүргүүлэх тогтоол батална.</p>
<ul>
<li><a href="@oroltsoh.html">Хэрхэн оролцох вэ</a></li>
<li><a href="@burtgel.html">Бүртгүүлэх</a></li>
<li><a href="@zain.html">Аймгаас алсаас оролцох</a></li>
<li><a href="@hurteemj.html">Хүртээмж</a></li>
<li><a href="@asuult.html">Түгээмэл асуулт</a></li>
</ul>
<section lang="en">
<h2>In English</h2>
<p>The National Young Herders' Forum brings together herders from all twenty-one aimags to discuss pasture limits, cashmere prices and winter preparedness, and to vote on a resolution for the government.</p>
<p>Taking part is free. Herders who cannot travel can join from their aimag centre over Zoom and vote.</p>
</section>
""")

s.page("oroltsoh.html", "Хэрхэн оролцох вэ – Залуу малчдын форум", """
<h1>Хэрхэн оролцох вэ</h1>
<p>Форумд оролцох нь үнэ төлбөргүй. Бүх төлөөлөгчдөд өдрийн хоол үнэгүй олгоно.</p>
<p>Аймгаас ирэх малчдын замын зардлыг тасалбараар нь нөхөн олгоно.</p>
<p>Төлөөлөгч бүр сумынхаа хоршооноос санал болгосон байна.</p>
""")

s.page("burtgel.html", "Бүртгэл – Залуу малчдын форум", """
<h1>Бүртгүүлэх</h1>
<p>Бүртгэл 2027 оны 5-р сарын 20-нд хаагдана.</p>
<form action="@burtgel.html" method="post">
""" + fld("ner", "Овог нэр (заавал)") + fld("reg", "Регистрийн дугаар (заавал)") + fld("utas", "Утас (заавал)", "tel")
    + fld("email", "И-мэйл", "email")
    + fld("aimag", "Аймаг (заавал)", "select", opts=["Архангай", "Баянхонгор", "Говь-Алтай", "Завхан", "Өвөрхангай", "Бусад"])
    + fld("sum", "Сум") + radios("huis", "Хүйс", ["Эрэгтэй", "Эмэгтэй"])
    + fld("mal1", "Адуу", "checkbox") + fld("mal2", "Үхэр, сарлаг", "checkbox") + fld("mal3", "Хонь, ямаа", "checkbox")
    + fld("horshoo", "Хоршооны нэр") + """
<div class="cf-turnstile" data-sitekey="0x4AAAA-malchin-example"></div>
<button type="submit">Илгээх</button>
</form>
""")

s.page("zain.html", "Алсаас оролцох – Залуу малчдын форум", """
<h1>Аймгаас алсаас оролцох</h1>
<p>Улаанбаатарт ирж чадахгүй малчид аймгийн төвийн Засаг даргын тамгын газрын танхимаас Zoom-ээр холбогдоно.</p>
<p>Алсаас оролцогчид хэлэлцүүлэгт үг хэлж, тогтоолын төсөлд танхимд байгаа төлөөлөгчдийн адил санал өгнө.</p>
""")

s.page("hurteemj.html", "Хүртээмж – Залуу малчдын форум", """
<h1>Хүртээмж</h1>
<p>Хурлын танхим нэгдүгээр давхарт байрладаг бөгөөд тэргэнцэртэй хүмүүст зориулсан налуу замтай.</p>
<p>Нээлт болон тогтоолын хэлэлцүүлгийг дохионы хэлний орчуулагч орчуулна.</p>
<p>Тусгай хэрэгцээ байвал forum@malchin.example.mn хаягаар мэдэгдэнэ үү.</p>
""")

s.page("asuult.html", "Түгээмэл асуулт – Залуу малчдын форум", """
<h1>Түгээмэл асуулт</h1>
<details open><summary>Хэн оролцож болох вэ?</summary><p>18-35 насны залуу малчид оролцоно.</p></details>
<details><summary>Гэр бүлээ дагуулж болох уу?</summary><p>Форумын танхимд зөвхөн төлөөлөгчид орно.</p></details>
<details><summary>Үнэмлэх авчрах уу?</summary><p>Тийм, бүртгэлийн ширээнд иргэний үнэмлэхээ үзүүлнэ.</p></details>
""")

s.page("hamtragch.html", "Хамтрагчид – Залуу малчдын форум", """
<h1>Хамтрагчид ба ивээн тэтгэгчид</h1>
<p>Ерөнхий ивээн тэтгэгчийн багц: 15 000 000 ₮. Үзэсгэлэнгийн лангуу: 800 000 ₮.</p>
<p>Ноолуурын дундаж худалдан авах үнэ кг тутамд 120 000 төгрөг байна.</p>
""")

s.page("baira.html", "Байр, унаа – Залуу малчдын форум", """
<h1>Байр ба унаа</h1>
<p>Хотын захын гэр буудал: хоногт 60 000 ₮. Хотын автобус: 500 ₮.</p>
<p>Ховдоос Улаанбаатар хүрэх автобусны тасалбар: 95 000 төгрөг.</p>
""")

P = ["index.html", "oroltsoh.html", "burtgel.html", "zain.html", "hurteemj.html", "asuult.html"]
ENTRY = entry(s, name="National Young Herders' Forum 2027 (herders' cooperative federation, Ulaanbaatar, Mongolia)",
    languages=["mn", "en"], fees=[], free_option=True, fee_support=True, remote_participation=True,
    captcha=["turnstile"], account_required=False,
    registration_form=(11, 4, ["id_document", "phone", "gender", "affiliation"]), min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language"], videos_without_captions=0,
    pdf_only_documents=False, participation_pages=P,
    evidence={
        "languages": [Q("index.html", "Бэлчээрийн даац, ноолуурын үнэ, зуданд бэлтгэх асуудлаар хэлэлцэж"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The National Young Herders' Forum brings together herders from all twenty-one aimags")],
        "un_languages": [N("en")],
        "fees": [Q("oroltsoh.html", "Форумд оролцох нь үнэ төлбөргүй.", "fees []"),
                 Q("hamtragch.html", "Ерөнхий ивээн тэтгэгчийн багц: 15 000 000 ₮.", "sponsorship, stand, cashmere price: not fees"),
                 Q("baira.html", "Хотын захын гэр буудал: хоногт 60 000 ₮.", "ger camp, bus fares: not fees")],
        "free_option": [Q("oroltsoh.html", "Форумд оролцох нь үнэ төлбөргүй.")],
        "fee_support": [Q("oroltsoh.html", "Аймгаас ирэх малчдын замын зардлыг тасалбараар нь нөхөн олгоно.")],
        "remote_participation": [Q("zain.html", "Алсаас оролцогчид хэлэлцүүлэгт үг хэлж, тогтоолын төсөлд танхимд байгаа төлөөлөгчдийн адил санал өгнө.")],
        "captcha": [M("burtgel.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, register number, phone, e-mail, aimag select, soum, sex radio, three herd checkboxes, cooperative); 4 marked (заавал); sensitive id_document, phone, gender, affiliation", "burtgel.html"),
                              Q("burtgel.html", "Регистрийн дугаар (заавал)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("asuult.html", "18-35 насны залуу малчид оролцоно.", "only in the FAQ")],
        "accessibility_statement": [Q("hurteemj.html", "тэргэнцэртэй хүмүүст зориулсан налуу замтай")],
        "access_services": [Q("hurteemj.html", "тэргэнцэртэй хүмүүст зориулсан налуу замтай", "wheelchair_access"),
                            Q("hurteemj.html", "дохионы хэлний орчуулагч орчуулна", "sign_language")],
        "videos_without_captions": [N("no video")],
        "pdf_only_documents": [N("no PDF")],
    })
