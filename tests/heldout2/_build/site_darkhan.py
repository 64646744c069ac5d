from lib import *

NAV = [("index.html", "Нүүр"), ("sonsgol.html", "Санал хэлэх хүсэлт"), ("bichig.html", "Төслийн баримт бичиг"),
       ("khurtemj.html", "Хүртээмж"), ("asuult.html", "Түгээмэл асуулт"), ("zochid-buudal.html", "Буудал, тээвэр"),
       ("ajliin-bair.html", "Ажлын байр")]
s = mk("darkhan-orgon-zurvas-sonsgol", "Хөдөөгийн өргөн зурвасын дүрмийн төслийн олон нийтийн сонсгол — Дархан", "mn",
       "#1e3a8a", "ХЗ", NAV,
       foot={"mn": "<p>Харилцаа холбооны зохицуулах хорооны Дархан-Уул дахь салбар (зохиомол байгууллага) — sonsgol@hzh-darkhan.example.mn</p>"})

s.page("index.html", "Өргөн зурвасын дүрмийн төслийн сонсгол — Дархан 2027", """
<h1>Хөдөөгийн өргөн зурвасын үйлчилгээний дүрмийн төслийн олон нийтийн сонсгол</h1>
<p>Харилцаа холбооны зохицуулах хороо 2027 оны 5 дугаар сарын 20-нд Дархан хотод хөдөөгийн өргөн зурвасын бүх нийтийн үйлчилгээний дүрмийн төслийн талаар олон нийтийн сонсгол зохион байгуулна.</p>
<p>Сонсголд арван найман нас хүрсэн иргэн санал хэлж болно. Санал хэлэх хүсэлтээ 5 дугаар сарын 13-ны дотор илгээнэ үү.</p>
<p><a href="@sonsgol.html">Санал хэлэх хүсэлт</a> · <a href="@bichig.html">Дүрмийн төсөл</a> · <a href="@tailan-2026.html">2026 оны сонсголын тайлан</a></p>
<h2>Сонсголын танилцуулга</h2>
<video controls preload="none" width="640" src="@media/taniltsuulga.mp4">
  <track kind="captions" src="@media/taniltsuulga.mn.vtt" srclang="mn" label="Монгол" default>
</video>
<section lang="en">
<h2>In English</h2>
<p>The Communications Regulatory Commission holds a public hearing in Darkhan on 20 May 2027 on draft rules for universal rural broadband service. Citizens aged eighteen or over may speak.</p>
<p>Residents of soum centres can join over a video link and give their views. Requests to speak are sent with the online form; the draft rules can be downloaded as a PDF.</p>
</section>
""")
placeholder_media(s, "media/taniltsuulga.mp4")
vtt(s, "media/taniltsuulga.mn.vtt", "Сонсголд тавтай морил")

form = "".join([
    fld("ner", "Овог нэр (заавал бичнэ)"),
    fld("register", "Регистрийн дугаар (заавал бичнэ)"),
    fld("utas", "Утас (заавал бичнэ)", "tel"),
    fld("email", "И-мэйл", "email"),
    fld("baiguullaga", "Байгууллага"),
    fld("sum", "Сум (заавал бичнэ)", "select", opts=["Дархан", "Шарын гол", "Хонгор", "Орхон", "Бусад"]),
    fld("khelber", "Оролцох хэлбэр (заавал бичнэ)", "select", opts=["Биечлэн", "Видео холбоогоор"]),
    fld("sedev", "Санал хэлэх сэдэв (заавал бичнэ)", "textarea"),
    fld("kheregtsee", "Нэмэлт хэрэгцээ", "textarea"),
])
s.page("sonsgol.html", "Санал хэлэх хүсэлт", f"""
<h1>Санал хэлэх хүсэлт</h1>
<p>Энэ маягтад CAPTCHA ашигладаггүй.</p>
<form action="@sonsgol.html" method="post">
{form}
<button type="submit">Илгээх</button>
</form>
""")

s.page("bichig.html", "Төслийн баримт бичиг", """
<h1>Дүрмийн төсөл</h1>
<p>Дүрмийн төслийг зөвхөн PDF хэлбэрээр татаж авах боломжтой.</p>
<p><a href="@docs/durmiin-tusul-2027.pdf">Дүрмийн төсөл (PDF)</a></p>
<p>Төсөлд оператор бүрээс жил бүр 2 500 000 ₮ тусгай зөвшөөрлийн хураамж авахаар тусгасан.</p>
""")
s.pdf("docs/durmiin-tusul-2027.pdf", "Draft rules on universal rural broadband service 2027\nChapter 1")

s.page("khurtemj.html", "Хүртээмж", """
<h1>Хүртээмж</h1>
<p>Танхим нэгдүгээр давхарт байрлах бөгөөд тэргэнцэртэй хүнд зориулсан налуу замтай.</p>
<p>Сонсголын турш дохионы хэлний орчуулагч ажиллана.</p>
<p>Шууд хадмал орчуулга байхгүй.</p>
<p>Нэмэлт хэрэгцээний талаар: 7037-0000 утсаар холбогдоно уу.</p>
""")

s.page("asuult.html", "Түгээмэл асуулт", """
<h1>Түгээмэл асуулт</h1>
<details><summary>Сумаас яаж оролцох вэ?</summary><p>Сумын төвүүдээс видео холбоогоор оролцож, санал хэлэх боломжтой.</p></details>
<details><summary>Унааны зардлыг нөхөх үү?</summary><p>Сумдаас ирэх оролцогчдын унааны зардлыг нөхөхгүй.</p></details>
""")

s.page("zochid-buudal.html", "Буудал, тээвэр", """
<h1>Буудал, тээвэр</h1>
<p>Зочид буудал: нэг хоног 80 000 ₮-өөс. Улаанбаатараас Дархан хүрэх автобус: 18 000 төгрөг.</p>
""")
s.page("ajliin-bair.html", "Ажлын байр", """
<h1>Ажлын байр</h1>
<p>Хэрэглэгчийн эрхийн мэргэжилтэн, цалин 2 800 000 ₮.</p>
""")

P = ["index.html", "sonsgol.html", "bichig.html", "khurtemj.html", "asuult.html"]
ENTRY = entry(s, name="Хөдөөгийн өргөн зурвасын дүрмийн төслийн олон нийтийн сонсгол — Дархан", languages=["en", "mn"],
    fees=[], free_option=None, fee_support=False, remote_participation=True, captcha=[], account_required=False,
    registration_form=(9, 6, ["id_document", "phone", "affiliation"]),
    min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=0,
    pdf_only_documents=True, participation_pages=P, deliberate_404=["tailan-2026.html"],
    evidence={
        "languages": [Q("index.html", "Харилцаа холбооны зохицуулах хороо 2027 оны 5 дугаар сарын 20-нд Дархан хотод"),
                      Q("index.html", "The Communications Regulatory Commission holds a public hearing in Darkhan", "English section of two paragraphs with lang=en")],
        "un_languages": [N("en only")],
        "fees": [N("no price of taking part"),
                 Q("bichig.html", "2 500 000 ₮ тусгай зөвшөөрлийн хураамж", "licence fee in the draft: not a fee"),
                 Q("zochid-buudal.html", "нэг хоног 80 000 ₮-өөс", "hotel: not a fee"),
                 Q("ajliin-bair.html", "цалин 2 800 000 ₮", "salary: not a fee")],
        "free_option": [N("the hearing says nothing about the cost of taking part: null", "index.html")],
        "fee_support": [Q("asuult.html", "Сумдаас ирэх оролцогчдын унааны зардлыг нөхөхгүй.")],
        "remote_participation": [Q("asuult.html", "Сумын төвүүдээс видео холбоогоор оролцож, санал хэлэх боломжтой.")],
        "captcha": [Q("sonsgol.html", "Энэ маягтад CAPTCHA ашигладаггүй.", "a sentence, no widget")],
        "account_required": [N("own form, no account")],
        "registration_form": [N("request to speak: 9 fields (овог нэр, регистрийн дугаар, утас, и-мэйл, байгууллага, сум select, хэлбэр select, сэдэв textarea, хэрэгцээ textarea); 6 marked (заавал бичнэ); sensitive id_document, phone, affiliation", "sonsgol.html")],
        "registration_host": [N("none")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("index.html", "Сонсголд арван найман нас хүрсэн иргэн санал хэлж болно.")],
        "accessibility_statement": [Q("khurtemj.html", "Танхим нэгдүгээр давхарт байрлах бөгөөд тэргэнцэртэй хүнд зориулсан налуу замтай.")],
        "access_services": [Q("khurtemj.html", "Танхим нэгдүгээр давхарт байрлах бөгөөд тэргэнцэртэй хүнд зориулсан налуу замтай.", "wheelchair_access"),
                            Q("khurtemj.html", "Сонсголын турш дохионы хэлний орчуулагч ажиллана.", "sign_language"),
                            Q("khurtemj.html", "Шууд хадмал орчуулга байхгүй.", "negation: no captions")],
        "videos_without_captions": [M("index.html", '<track kind="captions" src="media/taniltsuulga.mn.vtt"')],
        "pdf_only_documents": [Q("bichig.html", "Дүрмийн төслийг зөвхөн PDF хэлбэрээр татаж авах боломжтой.")],
    })
