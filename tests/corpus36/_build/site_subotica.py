from lib import *

NAV = [("index.html", "Летња школа"), ("cene.html", "Котизација"), ("nalog.html", "Пријава"), ("pitanja.html", "Питања"),
       ("pristup.html", "Приступачност"), ("magyar.html", "Magyarul"), ("alat.html", "Алат и материјал"), ("smestaj.html", "Смештај и спонзори")]
s = mk("letnja-skola-konzervacije-starih-knjiga-subotica", "Летња школа конзервације старих књига – Суботица", "sr-RS", "#6d2e46", "ЛШ", NAV,
       foot={"sr-RS": "<p>Удружење књиговезаца и конзерватора (измишљено) · Суботица, Корзо 9 · skola@stare-knjige.example.rs</p>"})
placeholder_media(s, "media/povez.mp4")
s.pdf("docs/program.pdf", "Summer school of old book conservation 2027\nProgramme\nDay 1: paper and parchment\nDay 2: sewing structures")

s.page("index.html", "Летња школа конзервације старих књига 2027", f"""
<h1>Летња школа конзервације старих књига</h1>
<p>Од 19. до 30. јула 2027. у радионици Удружења у Суботици учимо како се чисте, шију и поново повезују старе књиге из парохијских и школских библиотека. Сваки полазник ради на једној правој књизи под надзором конзерватора.</p>
<p>Детаљан распоред по данима објављујемо само као PDF: <a href="@docs/program.pdf">програм школе (PDF)</a>.</p>
{video("media/povez.mp4")}
<p><a href="@cene.html">Котизација</a> · <a href="@nalog.html">Направите налог и пријавите се</a> · <a href="@galerija-2026.html">Галерија 2026</a></p>
""")

s.page("cene.html", "Котизација", """
<h1>Котизација</h1>
<ul>
<li>Полазници: 9.500 дин.</li>
<li>Студенти конзервације и библиотекарства: 4.800 дин.</li>
<li>Додатна радионица мермерног папира (27. јул): 2.200 дин.</li>
</ul>
<p>Бесплатних места нема, ни за предаваче.</p>
""")

s.page("nalog.html", "Пријава", f"""
<h1>Пријава преко налога</h1>
<p>Да бисте се пријавили, направите налог на нашем порталу. Полазници могу бити од седамнаесте године.</p>
<h2>Нови налог</h2>
<form action="@nalog.html" method="post">
{fld("ime", "Име и презиме (обавезно поље)")}
{fld("jmbg", "ЈМБГ (обавезно поље)")}
{fld("rodj", "Датум рођења", "date")}
{fld("tel", "Телефон", "tel")}
{fld("mail", "Е-пошта (обавезно поље)", "email")}
{fld("ustanova", "Библиотека, архив или музеј")}
{radios("kat", "Категорија", ["Полазник", "Студент"], req=True)}
{fld("mermer", "Пријављујем се и за радионицу мермерног папира", "checkbox")}
{fld("loz", "Лозинка (обавезно поље)", "password")}
{fld("loz2", "Потврда лозинке (обавезно поље)", "password")}
{fld("saglasnost", "Слажем се са правилима школе", "checkbox", req=True)}
<button type="submit">Направи налог</button>
</form>
<h2>Већ имате налог?</h2>
<form action="@nalog.html" method="post">
<label for="l_mail">Е-пошта</label><input type="email" id="l_mail" name="l_mail">
<label for="l_loz">Лозинка</label><input type="password" id="l_loz" name="l_loz">
<button type="submit">Пријави се</button>
</form>
""")

s.page("pitanja.html", "Питања", """
<h1>Честа питања</h1>
<details><summary>Могу ли да пратим школу на даљину?</summary><p>Учешће на даљину није могуће: рад са књигом захтева присуство у радионици.</p></details>
<details><summary>Да ли добијам сертификат?</summary><p>Да, по завршетку школе.</p></details>
""")

s.page("pristup.html", "Приступачност", """
<h1>Приступачност</h1>
<p>Радионица је на другом спрату, без лифта. Ако вам је потребна помоћ или прилагођавање, јавите нам се унапред: pristup@stare-knjige.example.rs.</p>
<p>Предавања на српском прате се уз консекутивно превођење на мађарски, и обрнуто.</p>
""")

s.page("magyar.html", "Nyári iskola – magyarul", """
<h1>Régi könyvek restaurálása – nyári iskola Szabadkán</h1>
<p>2027. július 19. és 30. között az egyesület szabadkai műhelyében régi plébániai és iskolai könyvek tisztítását, fűzését és újrakötését tanuljuk.</p>
<p>A részvételi díj 9.500 dinár, egyetemistáknak 4.800 dinár. A márványpapír-műhely külön 2.200 dinár. Ingyenes helyek nincsenek.</p>
<p>A műhely a második emeleten van, lift nélkül. Az előadásokat szerb–magyar tolmácsolás kíséri.</p>
""", lang="sr-RS")

s.page("alat.html", "Алат и материјал", """
<h1>Алат и материјал</h1>
<p>Комплет коштаних фалцера: 3.400 дин. Јапански папир, табак: 650 дин.</p>
""")

s.page("smestaj.html", "Смештај и спонзори", """
<h1>Смештај и спонзори</h1>
<p>Хостел у центру: 2.900 дин. по ноћи. Аутобус из Сегедина: око 4.500 Ft.</p>
<p>Главни спонзор: 120.000 дин.</p>
""")

ENTRY = entry(s, name="Summer school of old book conservation 2027 (bookbinders' and conservators' association, Subotica, Serbia)",
    languages=["sr", "hu"],
    fees=[(9500, "RSD"), (4800, "RSD"), (2200, "RSD")],
    free_option=False, fee_support=True, remote_participation=False, captcha=[],
    account_required=True, registration_form=(11, 7, ["id_document", "birth_date", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=17, accessibility_statement=True,
    access_services=["interpretation"], videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "cene.html", "nalog.html", "pitanja.html", "pristup.html", "magyar.html"],
    deliberate_404=["galerija-2026.html"],
    evidence={
        "languages": [Q("index.html", "учимо како се чисте, шију и поново повезују старе књиге"),
                      M("magyar.html", '<html lang="sr-RS">', "whole page in Hungarian declared sr-RS"),
                      Q("magyar.html", "az egyesület szabadkai műhelyében régi plébániai és iskolai könyvek tisztítását")],
        "un_languages": [N("none: sr and hu are not UN languages")],
        "fees": [Q("cene.html", "Полазници: 9.500 дин."), Q("cene.html", "4.800 дин.", "students"),
                 Q("cene.html", "2.200 дин.", "paid add-on workshop"),
                 Q("magyar.html", "A részvételi díj 9.500 dinár, egyetemistáknak 4.800 dinár.", "Hungarian restatement: no new entry"),
                 Q("alat.html", "Комплет коштаних фалцера: 3.400 дин.", "goods: not a fee"),
                 Q("smestaj.html", "Хостел у центру: 2.900 дин. по ноћи.", "hostel: not a fee"),
                 Q("smestaj.html", "око 4.500 Ft", "HUF bus: not a fee"),
                 Q("smestaj.html", "Главни спонзор: 120.000 дин.", "sponsor: not a fee")],
        "free_option": [Q("cene.html", "Бесплатних места нема, ни за предаваче.")],
        "fee_support": [Q("cene.html", "Студенти конзервације и библиотекарства: 4.800 дин.", "student rate below 9500")],
        "remote_participation": [Q("pitanja.html", "Учешће на даљину није могуће", "FAQ only")],
        "captcha": [N("no CAPTCHA markup", "nalog.html")],
        "account_required": [Q("nalog.html", "Да бисте се пријавили, направите налог на нашем порталу."),
                             M("nalog.html", 'type="password" id="loz2"')],
        "registration_form": [N("11 fields: name, JMBG, birth date, phone, e-mail, library/archive/museum, category radio, marbling checkbox, password, confirmation, rules checkbox; required: 5 marked (обавезно поље) + radio + rules (required attr) = 7; the 2-field login form is not it", "nalog.html"),
                              Q("nalog.html", "ЈМБГ (обавезно поље)")],
        "registration_host": [N("own portal only")],
        "registration_pdf_only": [N("online sign-up")],
        "min_age": [Q("nalog.html", "Полазници могу бити од седамнаесте године.")],
        "accessibility_statement": [Q("pristup.html", "Ако вам је потребна помоћ или прилагођавање, јавите нам се унапред")],
        "access_services": [Q("pristup.html", "Радионица је на другом спрату, без лифта.", "no wheelchair_access"),
                            Q("pristup.html", "консекутивно превођење на мађарски", "interpretation")],
        "videos_without_captions": [M("index.html", 'src="media/povez.mp4">', "no track")],
        "pdf_only_documents": [Q("index.html", "Детаљан распоред по данима објављујемо само као PDF")],
    })
