from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Нүүр"), ("burtgel.html", "Бүртгэл"), ("hotolbor.html", "Хөтөлбөр ба сургалт"), ("zai.html", "Зайнаас оролцох"),
       ("hurteemj.html", "Хүртээмж"), ("ivkhen.html", "Ивээн тэтгэгч"), ("ajil.html", "Ажлын байр"), ("ru.html", "Русский")]
s = mk("neelttei-ogogdliin-odor-ulaanbaatar", "Нээлттэй өгөгдлийн өдөр 2027", "mn", "#0057b8", "НӨ", NAV,
       foot={"mn": "<p>Нээлттэй өгөгдлийн холбоо ТББ · Улаанбаатар · info@opendata-mn.example.org</p>"})
placeholder_media(s, "media/tanilcuulga.mp4")
s.write("img/kod.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="110" height="40"><text x="8" y="28" font-size="22">4 8 Ж 2</text></svg>\n')
s.page("index.html", "Нээлттэй өгөгдлийн өдөр 2027", f"""
<h1>Нээлттэй өгөгдлийн өдөр 2027</h1>
<p>Иргэний нийгэм, хөгжүүлэгчид, сэтгүүлчид болон төрийн байгууллагууд 2027 оны 3-р сарын 6-нд Улаанбаатарт цугларч, төсвийн ил тод байдал, агаарын бохирдлын өгөгдөл, бэлчээрийн газрын мэдээллийг нээлттэй болгох талаар хамтран ажиллана.</p>
<section lang="en"><h2>In English</h2><p>Open Data Day Ulaanbaatar brings together civil society, developers, journalists and public bodies to work on budget transparency, air-quality data and pasture-land information. Sessions are in Mongolian with English interpretation in the main hall.</p></section>
<p>Үндсэн хөтөлбөрт оролцох нь үнэгүй.</p>
{video("media/tanilcuulga.mp4")}
""")
s.page("burtgel.html", "Бүртгэл", """
<h1>Бүртгэл</h1>
<p>Ерөнхий боловсролын сургуулийн сурагчид 14 наснаас эхлэн оролцох боломжтой.</p>
<form action="@burtgel.html" method="post">
<label for="ner">Нэр *</label><input type="text" id="ner" name="ner" required>
<label for="ovog">Овог *</label><input type="text" id="ovog" name="ovog" required>
<label for="im">Имэйл *</label><input type="email" id="im" name="email" required>
<label for="ut">Утас</label><input type="tel" id="ut" name="utas">
<label for="bai">Байгууллага</label><input type="text" id="bai" name="baiguullaga">
<p class="check"><input type="checkbox" id="ws" name="workshop"><label for="ws">Төлбөртэй сургалтад бүртгүүлэх</label></p>
<p><img src="@img/kod.svg" alt="Баталгаажуулах код" width="110" height="40"></p>
<label for="kod">Дээрх кодыг бичнэ үү *</label><input type="text" id="kod" name="kod" required>
<button type="submit">Бүртгүүлэх</button></form>
""")
s.page("hotolbor.html", "Хөтөлбөр ба сургалт", """
<h1>Хөтөлбөр ба сургалт</h1>
<ul><li>09:00 Нээлт</li><li>10:00 Төсвийн өгөгдлийн хакатон</li><li>14:00 Төлбөртэй сургалт: Python-оор өгөгдөл цэвэрлэх</li></ul>
<p>Python сургалтын төлбөр: 20,000₮ (материал, цай орсон).</p>
""")
s.page("zai.html", "Зайнаас оролцох", """
<h1>Зайнаас оролцох</h1>
<p>Аймгуудаас оролцогчид Zoom-оор илтгэл тавьж, асуулт асуух боломжтой.</p>
""")
s.page("hurteemj.html", "Хүртээмж", """
<h1>Хүртээмж</h1>
<p>Арга хэмжээний байр тэргэнцэртэй хүнд хүртээмжтэй, налуу зам, цахилгаан шаттай. Үндсэн танхимд монгол–англи орчуулга хийгдэнэ.</p>
<p>Нэмэлт дэмжлэг хэрэгтэй бол 7700-0000 утсаар холбогдоно уу.</p>
""")
s.page("ivkhen.html", "Ивээн тэтгэгч", """
<h1>Ивээн тэтгэгч</h1>
<p>Ерөнхий ивээн тэтгэгч: 15,000,000₮. Үзэсгэлэнгийн лангуу: 1,200,000₮. Шилдэг төсөлд 5,000 ам.долларын тэтгэлэг олгоно.</p>
""")
s.page("ajil.html", "Ажлын байр", """
<h1>Ажлын байр</h1>
<p>Өгөгдлийн шинжээч, цалин 3,500,000₮. Автобусны нэг удаагийн зорчих хөлс 500₮.</p>
""")
s.page("ru.html", "День открытых данных 2027", """
<h1>День открытых данных 2027 в Улан-Баторе</h1>
<p>Гражданское общество, разработчики, журналисты и государственные органы собираются 6 марта 2027 года, чтобы вместе работать над прозрачностью бюджета, данными о качестве воздуха и информацией о пастбищах.</p>
<p>Участие в основной программе бесплатное; обучающий курс по Python стоит 20 000 тугриков. Участники из аймаков могут выступать и задавать вопросы через Zoom.</p>
""", lang="mn")
ENTRY = entry(s, name="Open Data Day Ulaanbaatar 2027 (civic open-data day, Ulaanbaatar)",
    languages=["mn", "en", "ru"], fees=[(20000, "MNT")], free_option=True, fee_support=False, remote_participation=True,
    captcha=["image"], account_required=False, registration_form=(7, 4, ["phone", "affiliation"]), min_age=14,
    accessibility_statement=True, access_services=["wheelchair_access", "interpretation"], videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "burtgel.html", "hotolbor.html", "zai.html", "hurteemj.html", "ru.html"],
    evidence={
        "languages": [Q("index.html", "Иргэний нийгэм, хөгжүүлэгчид, сэтгүүлчид болон төрийн байгууллагууд"), Q("index.html", "Open Data Day Ulaanbaatar brings together civil society", "English section (lang=en)"),
                      Q("ru.html", "Гражданское общество, разработчики, журналисты и государственные органы собираются", "whole page in Russian with lang=mn")],
        "un_languages": [N("en, ru")],
        "fees": [Q("hotolbor.html", "Python сургалтын төлбөр: 20,000₮", "paid add-on course: MNT (₮)"), Q("ru.html", "обучающий курс по Python стоит 20 000 тугриков", "same fee"),
                 Q("ivkhen.html", "Ерөнхий ивээн тэтгэгч: 15,000,000₮.", "sponsor; booth; grant USD"), Q("ajil.html", "цалин 3,500,000₮", "salary; bus fare")],
        "free_option": [Q("index.html", "Үндсэн хөтөлбөрт оролцох нь үнэгүй."), Q("ru.html", "Участие в основной программе бесплатное")],
        "fee_support": [N("no waiver, grant, travel support or reduced rate for taking part (the USD 5,000 prize grant is not support for taking part): false")],
        "remote_participation": [Q("zai.html", "Zoom-оор илтгэл тавьж, асуулт асуух боломжтой")],
        "captcha": [M("burtgel.html", '<img src="img/kod.svg" alt="Баталгаажуулах код"', "self-hosted image code")],
        "account_required": [N("no account")],
        "registration_form": [N("7 fields: first name, surname, e-mail, phone, organisation, paid-course checkbox, image-code text box. Required (* and required): 4. Sensitive: phone, affiliation.", "burtgel.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("burtgel.html", "Ерөнхий боловсролын сургуулийн сурагчид 14 наснаас эхлэн оролцох боломжтой.")],
        "accessibility_statement": [Q("hurteemj.html", "Нэмэлт дэмжлэг хэрэгтэй бол 7700-0000 утсаар холбогдоно уу.")],
        "access_services": [Q("hurteemj.html", "Арга хэмжээний байр тэргэнцэртэй хүнд хүртээмжтэй, налуу зам, цахилгаан шаттай. Үндсэн танхимд монгол–англи орчуулга хийгдэнэ.")],
        "videos_without_captions": [M("index.html", 'src="media/tanilcuulga.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
