"""Ganja, Azerbaijan: a municipality's public consultation on its digital city services strategy (az, English page declared az)."""
from lib import *

SLUG = "reqemsal-xidmetler-muzakiresi-gence"
NAME = "Gəncə rəqəmsal xidmətlər strategiyası: ictimai müzakirə"
NAV = [("index.html", "Ana səhifə"), ("qeydiyyat.html", "Qeydiyyat"), ("sessiyalar.html", "Sessiyalar"),
       ("layihe.html", "Strategiya layihəsi"), ("elcatanliq.html", "Əlçatanlıq"), ("neqliyyat.html", "Nəqliyyat"),
       ("en.html", "English"), ("vakansiyalar.html", "Vakansiyalar")]
s = mk(SLUG, NAME, "az", "#00609c", "GNC", NAV,
       foot={"az": "<p>Gəncə şəhər bələdiyyəsi (uydurma) — muzakire@gence.example.az</p>"})

P = "index.html"
s.page(P, NAME, """
<h1>Rəqəmsal xidmətlər strategiyası üzrə ictimai müzakirə</h1>
<p>Bələdiyyə sakinləri, gəncləri, sahibkarları və ictimai təşkilatları 2027-ci il martın 20-də Gəncə Mədəniyyət Mərkəzində şəhərin rəqəmsal xidmətlər strategiyasını müzakirə etməyə dəvət edir: onlayn müraciətlər, pulsuz ictimai Wi-Fi, açıq məlumatlar və yaşlılar üçün rəqəmsal bacarıqlar.</p>
<p>İştirak pulsuzdur.</p>
<p><a href="@qeydiyyat.html">Qeydiyyatdan keç</a> · <a href="@2025-muzakire.html">2025-ci il müzakirəsi</a></p>
""" + video("media/muzakire.mp4"))
placeholder_media(s, "media/muzakire.mp4")

s.page("qeydiyyat.html", "Qeydiyyat", """
<h1>Qeydiyyat forması</h1>
<p>Bu formada CAPTCHA istifadə olunmur.</p>
<form action="@qeydiyyat.html" method="post">
""" + fld("ad", "Ad və soyad (mütləqdir)") + fld("email", "E-poçt (mütləqdir)", "email")
  + fld("tel", "Telefon (mütləqdir)", "tel") + fld("fin", "FİN kod (mütləqdir)")
  + fld("dogum", "Doğum tarixi (mütləqdir)", "date")
  + fld("erazi", "Yaşadığınız ərazi (mütləqdir)", "select", opts=["Kəpəz", "Nizami", "Zurnabad", "Hacıkənd", "Digər"])
  + fld("forma", "İştirak forması", "select", opts=["Əyani", "Zoom"])
  + fld("genc", "Gənclər seminarı (14-17 yaş)", "checkbox") + fld("xidmet", "Rəqəmsal xidmətlər seminarı", "checkbox")
  + fld("ehtiyac", "Əlçatanlıq ehtiyacları", "textarea") + """
<button type="submit">Göndər</button>
</form>
""")

s.page("sessiyalar.html", "Sessiyalar", """
<h1>Sessiyalar</h1>
<p>Gənclər seminarı 14-17 yaş arası iştirakçılar üçündür.</p>
<p>Zoom vasitəsilə qoşulan sakinlər söz alır və prioritetlərə səs verir.</p>
""")

s.page("layihe.html", "Strategiya layihəsi", """
<h1>Strategiya layihəsi</h1>
<p>Strategiya layihəsi yalnız PDF formatında mövcuddur: <a href="@docs/strategiya-layihesi.pdf">yüklə (PDF)</a>.</p>
<p>Strategiyanın büdcəsi: 4,2 milyon ₼.</p>
""")
s.pdf("docs/strategiya-layihesi.pdf", "Strategiya layihesi\n1. Onlayn muracietler")

s.page("elcatanliq.html", "Əlçatanlıq", """
<h1>Əlçatanlıq</h1>
<p>Zal birinci mərtəbədədir və girişdə pandus var.</p>
<p>Azərbaycan işarət dili tərcüməçisi bütün sessiyalarda iştirak edir.</p>
<p>Sessiyalar zamanı uşaq guşəsi tərbiyəçilərin nəzarəti altında işləyir.</p>
""")

s.page("neqliyyat.html", "Nəqliyyat", """
<h1>Nəqliyyat</h1>
<p>Zurnabad və Hacıkənddən iştirakçılar üçün pulsuz avtobus təşkil olunur.</p>
<p>Mərkəzin dayanacağı: saatı 2 ₼. Şəhər avtobusu: 0,40 ₼.</p>
""")

s.page("en.html", "Public consultation — English", """
<h1>Public consultation on Ganja's digital services strategy</h1>
<p>The municipality invites residents, young people, entrepreneurs and civic groups to discuss the city's digital services strategy on 20 March 2027 at the Ganja Culture Centre: online applications, free public Wi-Fi, open data and digital skills for older people.</p>
<p>Taking part is free. Residents can also join over Zoom, speak and vote on the priorities. A free bus runs from Zurnabad and Hacıkənd.</p>
""")

s.page("vakansiyalar.html", "Vakansiyalar", """
<h1>Vakansiyalar</h1>
<p>Layihə koordinatoru: ayda 1 200 AZN.</p>
""")

ENTRY = entry(s, name="Public consultation on Ganja's digital services strategy", languages=["az", "en"],
    fees=[], free_option=True, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=(10, 6, ["phone", "id_document", "birth_date"]), registration_host=None,
    registration_pdf_only=False, min_age=14, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "childcare"], videos_without_captions=1,
    pdf_only_documents=True,
    participation_pages=["index.html", "qeydiyyat.html", "sessiyalar.html", "layihe.html", "elcatanliq.html", "neqliyyat.html", "en.html"],
    deliberate_404=["2025-muzakire.html"],
    evidence={
        "languages": [Q(P, "şəhərin rəqəmsal xidmətlər strategiyasını müzakirə etməyə dəvət edir"),
                      Q("en.html", "The municipality invites residents, young people, entrepreneurs and civic groups", "English page declared lang=\"az\""),
                      M("en.html", '<html lang="az">')],
        "un_languages": [N("en")],
        "fees": [Q(P, "İştirak pulsuzdur."),
                 Q("layihe.html", "Strategiyanın büdcəsi: 4,2 milyon ₼.", "subject of the consultation: not a fee"),
                 Q("neqliyyat.html", "Mərkəzin dayanacağı: saatı 2 ₼.", "parking: not a fee"),
                 Q("vakansiyalar.html", "Layihə koordinatoru: ayda 1 200 AZN.", "salary: not a fee")],
        "free_option": [Q(P, "İştirak pulsuzdur."), Q("en.html", "Taking part is free.")],
        "fee_support": [Q("neqliyyat.html", "Zurnabad və Hacıkənddən iştirakçılar üçün pulsuz avtobus təşkil olunur.")],
        "remote_participation": [Q("sessiyalar.html", "Zoom vasitəsilə qoşulan sakinlər söz alır və prioritetlərə səs verir.")],
        "captcha": [Q("qeydiyyat.html", "Bu formada CAPTCHA istifadə olunmur.", "a sentence is not a CAPTCHA")],
        "account_required": [N("own form, no account")],
        "registration_form": [Q("qeydiyyat.html", "FİN kod (mütləqdir)"),
                              N("10 fields: name, email, phone, FİN, birth date, area, attendance mode, two workshop checkboxes, access needs; 6 with '(mütləqdir)'")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("sessiyalar.html", "Gənclər seminarı 14-17 yaş arası iştirakçılar üçündür.", "youth workshop of the consultation: lower bound 14")],
        "accessibility_statement": [Q("elcatanliq.html", "Zal birinci mərtəbədədir və girişdə pandus var.")],
        "access_services": [Q("elcatanliq.html", "Azərbaycan işarət dili tərcüməçisi bütün sessiyalarda iştirak edir."),
                            Q("elcatanliq.html", "Sessiyalar zamanı uşaq guşəsi tərbiyəçilərin nəzarəti altında işləyir.")],
        "videos_without_captions": [M(P, 'src="media/muzakire.mp4">')],
        "pdf_only_documents": [Q("layihe.html", "Strategiya layihəsi yalnız PDF formatında mövcuddur")],
    })
