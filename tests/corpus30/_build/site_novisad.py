"""Seminar for volunteer firefighters, provincial firefighting union, Novi Sad (sr Cyrillic, English page declared sr)."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media, vtt

NAV = [("index.html", "Почетна"), ("kotizacija.html", "Котизација"), ("prijava.html", "Пријава"), ("onlajn.html", "Онлајн модул"),
       ("pristupacnost.html", "Приступачност"), ("en.html", "English"), ("sponzori.html", "Спонзори"), ("smestaj.html", "Смештај")]
FOOT = {"sr": "<p>Ватрогасни савез Војводине, Булевар ослобођења 40, Нови Сад. seminar@vatrogasci.example.rs</p>"}
s = mk("seminar-dobrovoljnih-vatrogasaca-novi-sad", "Семинар добровољних ватрогасаца 2027", "sr", "#b71c1c", "ДВ", NAV, foot=FOOT)
placeholder_media(s, "media/vezba-2025.mp4")
vtt(s, "media/vezba-2025.vtt", "Вежба гашења пожара на отвореном")

s.page("index.html", "Семинар добровољних ватрогасаца 2027", """
<h1>Семинар добровољних ватрогасаца</h1>
<p>Ватрогасни савез Војводине позива чланове добровољних ватрогасних друштава на тродневни семинар од 7. до 9. маја 2027. у Новом Саду: гашење пожара на отвореном, прва помоћ, рад са децом у ватрогасној секцији и безбедност на интервенцијама.</p>
""" + video("media/vezba-2025.mp4", track="media/vezba-2025.vtt", track_lang="sr", label="Српски") + """
<p>На семинару ће се говорити и о ватрогасним такмичењима за децу од 10 до 14 година.</p>
""")

s.page("kotizacija.html", "Котизација", """
<h1>Котизација</h1>
<table>
<caption>Котизација (динари)</caption>
<tr><th>Категорија</th><th>Износ</th></tr>
<tr><td>Учесник</td><td>3.500 дин.</td></tr>
<tr><td>Студенти и кадети ватрогасне школе</td><td>1.800 дин.</td></tr>
</table>
<p>Практична вежба гашења на полигону (по избору): 1.200 дин.</p>
<p>Чланови добровољних ватрогасних друштава из села учествују бесплатно, уз потврду свог друштва.</p>
""")

form = ('<form action="@prijava.html" method="post">'
        + fld("ime", "Име и презиме (обавезно)") + fld("jmbg", "ЈМБГ (обавезно)")
        + fld("rodjenje", "Датум рођења (обавезно)", "date") + fld("email", "Е-пошта (обавезно)", "email")
        + fld("telefon", "Телефон", "tel") + fld("drustvo", "Добровољно ватрогасно друштво")
        + fld("karta", "Број чланске карте ватрогасца")
        + radios("modul", "Начин учешћа (обавезно)", ["У Новом Саду", "Онлајн теоријски модул"])
        + fld("vezba", "Пријављујем се за практичну вежбу (1.200 дин.)", "checkbox")
        + fld("oprema", "Величина заштитне опреме", "select", False, ["S", "M", "L", "XL"])
        + fld("napomena", "Напомена", "textarea")
        + '<div class="frc-captcha" data-sitekey="FCMG-example-ns-vatro"></div>'
        + '<button type="submit">Пошаљи пријаву</button></form>')
s.page("prijava.html", "Пријава", """
<h1>Пријава</h1>
<p>Семинар је отворен за ватрогасце од навршених 16 година.</p>
""" + form)

s.page("onlajn.html", "Онлајн модул", """
<h1>Онлајн теоријски модул</h1>
<p>Ко не може да дође у Нови Сад, може да прати теоријска предавања преко Zoom-а и да предавачима поставља питања уживо. Практична вежба се изводи само на полигону.</p>
""")

s.page("pristupacnost.html", "Приступачност", """
<h1>Приступачност</h1>
<p>Сала Ватрогасног дома има улаз без степеника и лифт до другог спрата.</p>
<p>Предавања прати титловање уживо, а тумач за српски знаковни језик обезбеђује се на захтев.</p>
<p>Контакт: pristup@vatrogasci.example.rs</p>
""")

s.page("en.html", "Volunteer Firefighters' Seminar 2027 (English)", """
<h1>Volunteer Firefighters' Seminar 2027</h1>
<p>The Vojvodina Firefighting Union invites members of volunteer fire brigades to a three-day seminar in Novi Sad from 7 to 9 May 2027, covering outdoor firefighting, first aid and safety on call-outs.</p>
<p>Fees: RSD 3,500 per participant, RSD 1,800 for students and fire-school cadets, practical drill RSD 1,200. Members of village volunteer brigades take part free of charge.</p>
<p>The theory module can be followed on Zoom with live questions. The hall is step-free with a lift; live captions are provided.</p>
""")

s.page("sponzori.html", "Спонзори", """
<h1>Спонзори</h1>
<p>Генерални спонзор: 250.000 дин. Штанд произвођача опреме: 30.000 дин.</p>
<p>Награда за најбољу екипу на такмичењу: 50.000 дин.</p>
""")

s.page("smestaj.html", "Смештај", """
<h1>Смештај и превоз</h1>
<p>Хостел у центру: од 2.400 дин. по ноћи. Аутобус Суботица – Нови Сад: 1.100 дин.</p>
""")

ENTRY = entry(
    s, name="Seminar for volunteer firefighters 2027 (provincial firefighting union, Novi Sad, Serbia)",
    languages=["sr", "en"],
    fees=[(3500, "RSD"), (1800, "RSD"), (1200, "RSD")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=(11, 5, ["id_document", "birth_date", "phone", "affiliation"]), registration_host=None,
    registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "captions", "sign_language"], videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "kotizacija.html", "prijava.html", "onlajn.html", "pristupacnost.html", "en.html"],
    evidence={
        "languages": [Q("index.html", "позива чланове добровољних ватрогасних друштава на тродневни семинар"),
                      M("en.html", '<html lang="sr">', "English page declared sr"),
                      Q("en.html", "The Vojvodina Firefighting Union invites members of volunteer fire brigades to a three-day seminar")],
        "un_languages": [N("en")],
        "fees": [Q("kotizacija.html", "3.500 дин.", "3500 RSD"), Q("kotizacija.html", "1.800 дин.", "1800 RSD"),
                 Q("kotizacija.html", "Практична вежба гашења на полигону (по избору): 1.200 дин.", "paid practical drill 1200 RSD"),
                 Q("en.html", "Fees: RSD 3,500 per participant", "restated in English: no new entries"),
                 Q("sponzori.html", "Генерални спонзор: 250.000 дин.", "sponsor, stand, prize: not fees"),
                 Q("smestaj.html", "Хостел у центру: од 2.400 дин. по ноћи.", "hostel, bus: not fees")],
        "free_option": [Q("kotizacija.html", "Чланови добровољних ватрогасних друштава из села учествују бесплатно")],
        "fee_support": [Q("kotizacija.html", "Студенти и кадети ватрогасне школе", "student rate 1800 below 3500; free for one group")],
        "remote_participation": [Q("onlajn.html", "може да прати теоријска предавања преко Zoom-а и да предавачима поставља питања уживо")],
        "captcha": [M("prijava.html", '<div class="frc-captcha"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("11 fields (name, JMBG, birth date, e-mail, phone, brigade, membership card number, mode radio, drill checkbox, gear-size select, note); required: 4 marked (обавезно) + the mode legend = 5; sensitive id_document, birth_date, phone, affiliation (membership card not an ID)", "prijava.html"),
                              Q("prijava.html", "ЈМБГ (обавезно)")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("prijava.html", "Семинар је отворен за ватрогасце од навршених 16 година."),
                    Q("index.html", "ватрогасним такмичењима за децу од 10 до 14 година", "talk topic: not a limit")],
        "accessibility_statement": [Q("pristupacnost.html", "Сала Ватрогасног дома има улаз без степеника и лифт до другог спрата.")],
        "access_services": [Q("pristupacnost.html", "има улаз без степеника и лифт до другог спрата", "wheelchair_access"),
                            Q("pristupacnost.html", "Предавања прати титловање уживо", "captions"),
                            Q("pristupacnost.html", "тумач за српски знаковни језик обезбеђује се на захтев", "sign_language on request")],
        "videos_without_captions": [M("index.html", '<track kind="captions"', "the only video is captioned")],
        "pdf_only_documents": [N("no PDF document")],
    })
