"""Ulaanbaatar (Mongolia): a parliamentary standing committee's open hearing on draft amendments to a personal data
protection law. Mongolian (Cyrillic) with an English page declared lang="mn". Pages and labels written together."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "neelttei-sonsgol-khuviin-medeelel-ulaanbaatar"
NAV = [("index.html", "Нүүр"), ("oroltsoh.html", "Оролцох"), ("aimag.html", "Аймгаас оролцох"),
       ("tosol.html", "Хуулийн төсөл"), ("khurteemj.html", "Хүртээмж"), ("english.html", "English"),
       ("asuult.html", "Түгээмэл асуулт"), ("ajliin-bair.html", "Ажлын байр")]
FOOT = {"mn-MN": "<p>© 2027 Мэдээллийн технологи, харилцаа холбооны бодлогын байнгын хороо · Улаанбаатар · "
                 "sonsgol@ictcommittee.example.mn</p>"}
s = mk(SLUG, "Мэдээллийн технологи, харилцаа холбооны бодлогын байнгын хороо", "mn-MN", "#1f4e79", "МТБХ", NAV,
       foot=FOOT)

FREE = "Сонсголд оролцох нь үнэгүй."
AGE = "18 нас хүрсэн иргэн бүр сонсголд үг хэлэх хүсэлт гаргах боломжтой."
REMOTE = "Аймгийн төвүүдээс иргэд видео холболтоор сонсголд нэгдэж, танхимд байгаа оролцогчдын адил үг хэлнэ."
PDF = "Хуулийн төслийг зөвхөн PDF хэлбэрээр татаж авах боломжтой"
WHEEL = ("Хурлын их танхим нэгдүгээр давхарт байрладаг бөгөөд тэргэнцэртэй иргэн саадгүй нэвтрэх налуу зам, "
         "лифттэй.")
SIGN = "Сонсгол бүхэлдээ дохионы хэлний орчуулагчтай явагдана."
NOCAP = "Шууд хадмал орчуулга энэ удаа байхгүй."
NOSUP = "Орон нутгаас ирэх оролцогчдын зам, байрны зардлыг нөхөхгүй."
EN1 = ("Open hearing on the draft amendments to the Law on Personal Data Protection, Ulaanbaatar, 18 March 2027. "
       "Taking part in the hearing is free of charge.")
EN2 = ("Citizens aged 18 or over may ask to speak using the form on the participation page. Participants in aimag "
       "centres join by video link and speak like participants in the hall. The hall is wheelchair accessible and the "
       "hearing is interpreted into Mongolian Sign Language.")

FORM = ('<form action="@oroltsoh.html" method="post">'
        + fld("ner", "Овог, нэр (бөглөх шаардлагатай)")
        + fld("register", "Регистрийн дугаар (бөглөх шаардлагатай)")
        + fld("utas", "Утасны дугаар (бөглөх шаардлагатай)", "tel")
        + fld("email", "Имэйл", "email")
        + fld("baiguullaga", "Байгууллага")
        + fld("aimag", "Аймаг, дүүрэг", "select",
              opts=["Улаанбаатар", "Дархан-Уул", "Орхон", "Дорнод", "Ховд", "Хөвсгөл", "Бусад"])
        + radios("helber", "Оролцох хэлбэр", ["Танхимд биечлэн", "Аймгийн төвөөс видео холболтоор"], req=True)
        + fld("sedev", "Хэлэх үгийн сэдэв, санал (бөглөх шаардлагатай)", "textarea")
        + fld("fail", "Бичгээр ирүүлэх санал (файл)", "file")
        + fld("zovshoorol", "Миний мэдээллийг сонсголын зохион байгуулалтад ашиглахыг зөвшөөрч байна", "checkbox")
        + '<div id="arkose-enforcement" class="arkose-labs" data-public-key="4C3B1D2E-ICTC-2027-HEAR-ING000000000"></div>'
        + '<button type="submit">Хүсэлт илгээх</button></form>')

s.page("index.html", "Нээлттэй сонсгол — Хувь хүний мэдээлэл хамгаалах тухай хууль", f"""
<h1>Нээлттэй сонсгол: Хувь хүний мэдээлэл хамгаалах тухай хуулийн нэмэлт, өөрчлөлтийн төсөл</h1>
<p class="note">Улаанбаатар, 2027 оны 3 дугаар сарын 18, 10:00–16:00, Хурлын төвийн их танхим.</p>
<p>Мэдээллийн технологи, харилцаа холбооны бодлогын байнгын хороо нь Хувь хүний мэдээлэл хамгаалах тухай хуулийн нэмэлт, өөрчлөлтийн төслийн талаар иргэд, төрийн бус байгууллага, хувийн хэвшил, эрдэмтэн судлаачдын санал бодлыг сонсох нээлттэй сонсгол зохион байгуулна.</p>
<p><a href="@tosol.html">Хуулийн төсөлтэй танилцах</a>, <a href="@oroltsoh.html">үг хэлэх хүсэлт гаргах</a>, <a href="@aimag.html">аймгаас оролцох</a>.</p>
""")

s.page("oroltsoh.html", "Оролцох", f"""
<h1>Сонсголд оролцох</h1>
<p>{FREE}</p>
<p>{AGE}</p>
<p>Үг хэлэх хүсэлтийг 3 дугаар сарын 10-ны дотор доорх маягтаар илгээнэ үү. Үг хэлэх хугацаа нэг хүнд таван минут.</p>
{FORM}
""")

s.page("aimag.html", "Аймгаас оролцох", f"""
<h1>Аймгаас оролцох</h1>
<p>{REMOTE}</p>
<p>Видео холболтын цэгүүд: Дархан, Эрдэнэт, Чойбалсан, Ховд, Мөрөн хотын Засаг даргын Тамгын газрын хурлын танхим.</p>
""")

placeholder_media(s, "media/sonsgol-2025.mp4")
s.pdf("tosol/khuuliin-tosol.pdf", "Draft amendments to the Law on Personal Data Protection\nOpen hearing, Ulaanbaatar, 18 March 2027")
s.page("tosol.html", "Хуулийн төсөл", f"""
<h1>Хуулийн төсөл</h1>
<p>{PDF}: <a href="@tosol/khuuliin-tosol.pdf">Хуулийн нэмэлт, өөрчлөлтийн төсөл (PDF)</a>.</p>
<h2>2025 оны сонсголын бичлэг</h2>
{video("media/sonsgol-2025.mp4")}
""")

s.page("khurteemj.html", "Хүртээмж", f"""
<h1>Хүртээмж</h1>
<p>{WHEEL}</p>
<p>{SIGN}</p>
<p>{NOCAP}</p>
<p>Бусад хэрэгцээний талаар access@ictcommittee.example.mn хаягаар холбогдоно уу.</p>
""")

s.page("english.html", "Open hearing — English", f"""
<h1>Open hearing on the Law on Personal Data Protection</h1>
<p>{EN1}</p>
<p>{EN2}</p>
""")

s.page("asuult.html", "Түгээмэл асуулт", f"""
<h1>Түгээмэл асуулт</h1>
<details open><summary>Замын зардал олгох уу?</summary><p>{NOSUP}</p></details>
<details open><summary>Хаана буудаллах вэ?</summary><p>Төвийн зочид буудлууд нэг шөнө 180 000 ₮-өөс эхэлнэ.</p></details>
<details open><summary>Бичгээр санал өгч болох уу?</summary><p>Болно, 4 дүгээр сарын 1-ний дотор имэйлээр ирүүлнэ.</p></details>
<details open><summary>Төсөлд ямар хариуцлага тусгасан бэ?</summary><p>Төсөлд хууль зөрчсөн хуулийн этгээдийг 20 000 000 ₮ хүртэл торгох заалт бий.</p></details>
""")

s.page("ajliin-bair.html", "Ажлын байр", """
<h1>Ажлын байр</h1>
<p>Хууль зүйн шинжээч: сарын цалин 2 800 000 ₮.</p>
<p>Сонсголын тэмдэглэл хөтлөгч (түр): өдрийн 120 000 ₮.</p>
""")

ENTRY = entry(
    s, name="Нээлттэй сонсгол: Хувь хүний мэдээлэл хамгаалах тухай хуулийн нэмэлт, өөрчлөлтийн төсөл (Улаанбаатар)",
    languages=["mn", "en"], fees=[], free_option=True, fee_support=False, remote_participation=True,
    captcha=["arkose"], account_required=False, registration_form=(10, 5, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=18, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "oroltsoh.html", "aimag.html", "tosol.html", "khurteemj.html", "english.html",
                         "asuult.html"],
    evidence={
        "languages": [Q("index.html", "нээлттэй сонсгол зохион байгуулна"),
                      Q("english.html", EN1, "English page declared lang=\"mn\"")],
        "un_languages": [N("en")],
        "fees": [Q("oroltsoh.html", FREE, "no price of taking part"),
                 Q("asuult.html", "20 000 000 ₮ хүртэл торгох", "fine in the draft law: not a fee"),
                 Q("asuult.html", "нэг шөнө 180 000 ₮-өөс", "hotel: not a fee"),
                 Q("ajliin-bair.html", "сарын цалин 2 800 000 ₮", "salary: not a fee")],
        "free_option": [Q("oroltsoh.html", FREE), Q("english.html", EN1)],
        "fee_support": [Q("asuult.html", NOSUP)],
        "remote_participation": [Q("aimag.html", REMOTE)],
        "captcha": [M("oroltsoh.html", '<div id="arkose-enforcement"')],
        "account_required": [N("own form, no account anywhere")],
        "registration_form": [N("request to speak: name*, register number* (id_document), phone* (phone), email, "
                                "organisation (affiliation), aimag/district select, mode radio (required attribute), "
                                "topic*, written-submission file, consent checkbox = 10 fields, 5 required; new marker "
                                "(бөглөх шаардлагатай)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("oroltsoh.html", AGE)],
        "accessibility_statement": [Q("khurteemj.html", WHEEL)],
        "access_services": [Q("khurteemj.html", WHEEL, "wheelchair_access"), Q("khurteemj.html", SIGN, "sign_language"),
                            Q("khurteemj.html", NOCAP, "captions negated")],
        "videos_without_captions": [M("tosol.html", '<video controls preload="none" width="640" src="media/sonsgol-2025.mp4">',
                                      "no track")],
        "pdf_only_documents": [Q("tosol.html", PDF)],
    })
