"""Free software conference of a made-up free software association (Bitola). mk; Albanian and English sections
with lang."""
from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media

SLUG = "konferencija-sloboden-softver-bitola"
NAV = [("index.html", "Почетна"), ("bileti.html", "Билети"), ("predavanja.html", "Повик за предавања"),
       ("pristapnost.html", "Пристапност"), ("smestuvanje.html", "Сместување и превоз"), ("sponzori.html", "Спонзори"),
       ("rabota.html", "Огласи за работа"), ("vesti.html", "Вести")]
s = mk(SLUG, "Конференција за слободен софтвер Битола 2027", "mk", "#3b3f8f", "ССБ", NAV,
       foot={"mk": "<p>Здружение за слободен софтвер „Пелистер“ · Битола · info@sloboden-softver.example.mk</p>"},
       newsletter={"mk": ("Билтен", "Пријави се")})
placeholder_media(s, "media/predavanje-2026-1.mp4")
placeholder_media(s, "media/predavanje-2026-2.mp4")

s.page("index.html", "Конференција за слободен софтвер Битола 2027", """
<h1>Конференција за слободен софтвер Битола 2027</h1>
<p>На 15 и 16 мај 2027 година, на Техничкиот факултет во Битола, програмери, администратори, студенти и наставници
разговараат за слободен софтвер, отворени податоци и локализација на програми на македонски и албански јазик.</p>
<p><a href="@bileti.html">Билети</a> · <a href="@predavanja.html">Пријавете предавање</a> · <a href="@pristapnost.html">Пристапност</a></p>
<h2>Предавања од 2026</h2>
""" + video("media/predavanje-2026-1.mp4") + "\n" + video("media/predavanje-2026-2.mp4") + """
<section lang="sq">
<h2>Në shqip</h2>
<p>Konferenca e softuerit të lirë mbahet në Manastir më 15 dhe 16 maj 2027, në Fakultetin Teknik. Ligjëratat mbahen në
maqedonisht, shqip dhe anglisht. Studentët paguajnë 300 denarë, ndërsa vullnetarët marrin pjesë falas.</p>
</section>
<section lang="en">
<h2>In English</h2>
<p>The Bitola Free Software Conference takes place on 15 and 16 May 2027 at the Faculty of Technical Sciences. Talks
are given in Macedonian, Albanian and English, and speakers who cannot travel present remotely and take questions live.</p>
</section>
<p><a href="@arhiva-2025.html">Архива 2025</a></p>
""")

s.page("bileti.html", "Билети", """
<h1>Билети</h1>
<table>
<caption>Цени на билетите</caption>
<thead><tr><th scope="col">Билет</th><th scope="col">денари (MKD)</th><th scope="col">евра (EUR)</th></tr></thead>
<tbody>
<tr><th scope="row">Стандарден билет (два дена)</th><td>1.200</td><td>20</td></tr>
<tr><th scope="row">Студентски билет</th><td>300</td><td>5</td></tr>
<tr><th scope="row">Работилница за Linux сервери</th><td>600</td><td>10</td></tr>
</tbody>
</table>
<p>Волонтерите учествуваат бесплатно.</p>
<p>Конференцијата е отворена за сите од шеснаесет години нагоре.</p>
<p>Билетите се купуваат на <a href="https://pretix.eu/slobodensoftver/bitola27/">pretix</a> без креирање сметка.</p>
""")

form = "".join([
    fld("ime", "Име и презиме (задолжително)"),
    fld("email", "Е-пошта (задолжително)", "email"),
    fld("tel", "Телефон", "tel"),
    fld("org", "Организација или компанија"),
    fld("naslov", "Наслов на предавањето (задолжително)"),
    fld("apstrakt", "Апстракт (задолжително)", "textarea"),
    radios("tip", "Тип (задолжително)", ["Предавање", "Работилница", "Кратко предавање"]),
    fld("jazik", "Јазик на предавањето", "select", opts=["македонски", "албански", "англиски"]),
    fld("daleku", "Ќе предавам на далечина преку Jitsi", "checkbox"),
    fld("foto", "Фотографија за програмата", "file"),
])
s.page("predavanja.html", "Повик за предавања", f"""
<h1>Повик за предавања</h1>
<p>Предавачите што не можат да дојдат предаваат на далечина преку Jitsi и одговараат на прашања од публиката во живо.</p>
<p>Предавачите не плаќаат билет.</p>
<form action="@predavanja.html" method="post">
{form}
<div class="procaptcha" data-sitekey="5C-sloboden-softver-bitola"></div>
<button type="submit">Пријави предавање</button>
</form>
""")

s.page("pristapnost.html", "Пристапност", """
<h1>Пристапност</h1>
<p>Салата на Техничкиот факултет има платформа за инвалидска количка и пристапен тоалет.</p>
<p>Толкување на македонски знаковен јазик на отворањето и затворањето.</p>
<p>Титлување во живо на македонски и англиски за сите предавања во големата сала.</p>
<p>За други потреби пишете на pristap@sloboden-softver.example.mk.</p>
""")

s.page("smestuvanje.html", "Сместување и превоз", """
<h1>Сместување и превоз</h1>
<p>Хотел во центарот: 2.500 ден. за ноќ. Автобус Скопје–Битола: 600 ден. во еден правец.</p>
""")

s.page("sponzori.html", "Спонзори", """
<h1>Спонзори</h1>
<p>Златен спонзор: 60.000 ден. (1.000 €). Штанд: 12.000 ден.</p>
""")

s.page("rabota.html", "Огласи за работа", """
<h1>Огласи за работа</h1>
<p>DevOps инженер, Битола — плата 90.000 ден. месечно.</p>
""")

s.page("vesti.html", "Вести", """
<h1>Вести</h1>
<p>Во 2026 година волонтерите на здружението преведоа над 40.000 пораки од слободни програми на македонски јазик.</p>
""")

ENTRY = entry(
    s, name="Bitola Free Software Conference 2027 (free software association, Bitola)",
    languages=["mk", "sq", "en"],
    fees=[(1200, "MKD"), (20, "EUR"), (300, "MKD"), (5, "EUR"), (600, "MKD"), (10, "EUR")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["other"],
    account_required=False, registration_form=(10, 5, ["phone", "affiliation", "photo"]),
    registration_host="pretix.eu", registration_pdf_only=False, min_age=16, accessibility_statement=True,
    access_services=["wheelchair_access", "sign_language", "captions"], videos_without_captions=2, pdf_only_documents=False,
    participation_pages=["index.html", "bileti.html", "predavanja.html", "pristapnost.html"],
    deliberate_404=["arhiva-2025.html"],
    evidence={
        "languages": [Q("index.html", "програмери, администратори, студенти и наставници разговараат за слободен софтвер"),
                      Q("index.html", "Konferenca e softuerit të lirë mbahet në Manastir", "Albanian section with lang"),
                      Q("index.html", "The Bitola Free Software Conference takes place on 15 and 16 May 2027", "English section with lang")],
        "un_languages": [N("en")],
        "fees": [Q("bileti.html", "денари (MKD) евра (EUR)", "one column per currency"),
                 Q("bileti.html", "Стандарден билет (два дена) 1.200 20", "1200 MKD and 20 EUR"),
                 Q("bileti.html", "Студентски билет 300 5", "300 MKD and 5 EUR"),
                 Q("bileti.html", "Работилница за Linux сервери 600 10", "600 MKD and 10 EUR"),
                 Q("index.html", "Studentët paguajnë 300 denarë", "Albanian restatement, no new entry"),
                 Q("smestuvanje.html", "Автобус Скопје–Битола: 600 ден. во еден правец.", "hotel, bus: not fees"),
                 Q("sponzori.html", "Златен спонзор: 60.000 ден. (1.000 €).", "sponsorship, stand: not fees"),
                 Q("rabota.html", "плата 90.000 ден. месечно", "salary: not a fee")],
        "free_option": [Q("bileti.html", "Волонтерите учествуваат бесплатно.", "free for volunteers (one group)"),
                        Q("predavanja.html", "Предавачите не плаќаат билет.", "speakers free")],
        "fee_support": [Q("bileti.html", "Студентски билет 300 5", "student rate below the standard ticket")],
        "remote_participation": [Q("predavanja.html", "Предавачите што не можат да дојдат предаваат на далечина преку Jitsi и одговараат на прашања од публиката во живо.")],
        "captcha": [M("predavanja.html", '<div class="procaptcha"', "Prosopo Procaptcha: other")],
        "account_required": [Q("bileti.html", "без креирање сметка")],
        "registration_form": [N("predavanja.html: call-for-talks form, 10 fields: name, e-mail, phone, organisation, title, "
                                "abstract textarea, type radio group, language select, remote checkbox, photo file. Required "
                                "((задолжително)): name, e-mail, title, abstract, type = 5. Sensitive: phone, affiliation, photo.")],
        "registration_host": [M("bileti.html", 'href="https://pretix.eu/slobodensoftver/bitola27/"')],
        "registration_pdf_only": [N("pretix and HTML form")],
        "min_age": [Q("bileti.html", "Конференцијата е отворена за сите од шеснаесет години нагоре.", "16")],
        "accessibility_statement": [Q("pristapnost.html", "Салата на Техничкиот факултет има платформа за инвалидска количка и пристапен тоалет.")],
        "access_services": [Q("pristapnost.html", "има платформа за инвалидска количка", "wheelchair_access"),
                            Q("pristapnost.html", "Толкување на македонски знаковен јазик на отворањето и затворањето.", "sign_language"),
                            Q("pristapnost.html", "Титлување во живо на македонски и англиски", "captions")],
        "videos_without_captions": [M("index.html", 'src="media/predavanje-2026-1.mp4">', "no track"),
                                    M("index.html", 'src="media/predavanje-2026-2.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
