"""Tartu, Estonia: a state digital services centre's conference on digital identity and e-government (et, with a
Russian section and an English page). Fees in EUR; nothing free, no reductions; eID login before registering (account);
ALTCHA (other) on the registration form."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media, vtt

SLUG = "digitaalse-identiteedi-konverents-tartu"
NAV = [("index.html", "Avaleht"), ("piletid.html", "Piletid"), ("registreerimine.html", "Registreerimine"),
       ("veebis.html", "Osalemine veebis"), ("ligipaasetavus.html", "Ligipääsetavus"), ("english.html", "English"),
       ("majutus.html", "Majutus ja transport"), ("toopakkumised.html", "Tööpakkumised")]
FOOT = ('<p>Riigi Digiteenuste Keskus (näide), Tartu · '
        '<a href="mailto:konverents@digikeskus.example.ee">konverents@digikeskus.example.ee</a></p>')
s = mk(SLUG, "Digitaalse identiteedi ja e-riigi konverents 2027", "et", "#0072ce", "eID", NAV, foot={"et": FOOT})
placeholder_media(s, "media/eid-konverents-2026.mp4")
placeholder_media(s, "media/viipekeel-tutvustus.mp4")
vtt(s, "media/viipekeel-tutvustus.vtt", "Tere tulemast konverentsile.")

NOFREE = "Tasuta pileteid ei ole; ka esinejad registreeruvad ja ostavad pileti."
NOSUP = "Soodustusi ega reisitoetusi ei pakuta."
ONLINE = "Veebipileti omanikud jälgivad ülekannet ja esitavad küsimusi Slido kaudu; moderaator esitab need esinejatele."
LOGIN = "Registreerimisvormi saatmiseks logige sisse ID-kaardi, Mobiil-ID või Smart-ID-ga."
MINOR = "Alla 18-aastased osalejad vajavad lapsevanema nõusolekut."
STEP = "Konverentsikeskus (näide) on ratastooliga ligipääsetav: peasissepääsul on kaldtee ja saalidesse viib lift."
SIGN = "Täiskogu istungitel on eesti viipekeele tõlge."
CAP = "Täiskogu istungitel kuvatakse reaalajas subtiitrid."
INTERP = "Täiskogu istungitel on sünkroontõlge eesti ja inglise keele vahel."
RU_FEES = "Стоимость участия: стандартный билет 150 евро, для сотрудников государственного сектора 90 евро, онлайн-билет 40 евро."

s.page("index.html", "Digitaalse identiteedi ja e-riigi konverents 2027", f"""
<h1>Digitaalse identiteedi ja e-riigi konverents</h1>
<p>Tartu, 27. mai 2027</p>
<p>Konverents toob kokku avaliku sektori, ettevõtted, teadlased ja kodanikuühendused, et arutada Euroopa digitaalse
identiteedi rahakotti, e-teenuste ligipääsetavust ja andmete taaskasutust. Konverentsi ajal saab kohapeal taotleda
uut ID-kaarti (riigilõiv 35 €).</p>
<ul><li><a href="@piletid.html">Piletid</a></li><li><a href="@registreerimine.html">Registreerimine</a></li>
<li><a href="@veebis.html">Osalemine veebis</a></li></ul>
{video("media/eid-konverents-2026.mp4")}
<section lang="ru">
<h2>На русском языке</h2>
<p>Конференция о цифровой идентичности и электронном государстве пройдёт в Тарту 27 мая 2027 года. Она соберёт
государственный сектор, компании, исследователей и общественные организации. {RU_FEES}</p>
<p>Для регистрации нужно войти с помощью ID-карты, Mobiil-ID или Smart-ID. Участники онлайн задают вопросы через
Slido. На пленарных заседаниях есть перевод на эстонский жестовый язык и субтитры в реальном времени.</p>
</section>
""")

s.page("piletid.html", "Piletid", f"""
<h1>Piletid</h1>
<table>
<tr><th>Pilet</th><th>Hind</th></tr>
<tr><td>Tavapilet</td><td>150 €</td></tr>
<tr><td>Avaliku sektori töötajad</td><td>90 €</td></tr>
<tr><td>Veebipilet (küsimused Slido kaudu)</td><td>40 €</td></tr>
</table>
<p class="note">{NOFREE} {NOSUP}</p>
""")

FORM = "".join([
    fld("nimi", "Ees- ja perekonnanimi (kohustuslik)"),
    fld("isikukood", "Isikukood (kohustuslik)"),
    fld("epost", "E-post (kohustuslik)", "email"),
    fld("telefon", "Telefon", "tel"),
    fld("asutus", "Asutus või ettevõte (kohustuslik)"),
    fld("amet", "Ametikoht"),
    fld("pilet", "Pileti tüüp (kohustuslik)", "select", opts=["Tavapilet 150 €", "Avaliku sektori töötaja 90 €", "Veebipilet 40 €"]),
    fld("sektor", "Sektor", "select", opts=["Avalik sektor", "Erasektor", "Kodanikuühiskond", "Teadus"]),
    fld("toit", "Toitumiseelistus", "select", opts=["Tavaline", "Taimetoit", "Vegan", "Gluteenivaba"]),
    fld("tingimused", "Nõustun osalemistingimustega", "checkbox", req=True),
])
s.page("registreerimine.html", "Registreerimine", f"""
<h1>Registreerimine</h1>
<p>{LOGIN} Pärast sisselogimist täidetakse nimi ja isikukood automaatselt.</p>
<p><a class="button" href="@registreerimine.html#login">Logi sisse</a></p>
<form action="@registreerimine.html" method="post">
{FORM}
<altcha-widget challengeurl="/api/altcha/challenge" name="altcha"></altcha-widget>
<button type="submit">Saada registreering</button>
</form>
<p>{MINOR}</p>
""")

s.page("veebis.html", "Osalemine veebis", f"""
<h1>Osalemine veebis</h1>
<p>{ONLINE}</p>
<p>Veebipilet maksab 40 € ja see tuleb samuti registreerimisvormil valida.</p>
""")

s.page("ligipaasetavus.html", "Ligipääsetavus", f"""
<h1>Ligipääsetavus</h1>
<p>{STEP}</p>
<p>{SIGN}</p>
<p>{CAP}</p>
<p>{INTERP}</p>
{video("media/viipekeel-tutvustus.mp4", track="media/viipekeel-tutvustus.vtt", track_lang="et", label="Eesti")}
""")

s.page("english.html", "Digital Identity and e-Government Conference 2027", f"""
<h1>Digital Identity and e-Government Conference 2027</h1>
<p>Tartu, 27 May 2027. The conference brings together the public sector, companies, researchers and civil society to
discuss the European digital identity wallet, accessible e-services and data re-use.</p>
<p>Tickets: standard EUR 150; public-sector employees EUR 90; online ticket with questions through Slido EUR 40. There
are no free tickets and no discounts or travel grants. To send the registration form you log in with an Estonian ID
card, Mobile-ID or Smart-ID.</p>
<p>The plenary has Estonian Sign Language interpretation, live subtitles and Estonian–English interpretation; the
venue is wheelchair accessible.</p>
""", lang="en")

s.page("majutus.html", "Majutus ja transport", """
<h1>Majutus ja transport</h1>
<ul><li>Partnerhotell kesklinnas: alates 89 € öö.</li><li>Buss Tallinn–Tartu: umbes 12 €.</li><li>Rong Tallinn–Tartu: 11 €.</li></ul>
""")

s.page("toopakkumised.html", "Tööpakkumised", """
<h1>Tööpakkumised</h1>
<p>Riigi Digiteenuste Keskus otsib tarkvaraarendajat; palk alates 3 200 € kuus.</p>
""")

ENTRY = entry(
    s, name="Digitaalse identiteedi ja e-riigi konverents 2027 (Tartu)",
    languages=["et", "ru", "en"], fees=[(150, "EUR"), (90, "EUR"), (40, "EUR")],
    free_option=False, fee_support=False, remote_participation=True, captcha=["other"],
    account_required=True, registration_form=(10, 6, ["id_document", "phone", "affiliation"]),
    registration_host=None, registration_pdf_only=False, min_age=None, accessibility_statement=True,
    access_services=["captions", "interpretation", "sign_language", "wheelchair_access"], videos_without_captions=1,
    pdf_only_documents=False,
    participation_pages=["index.html", "piletid.html", "registreerimine.html", "veebis.html", "ligipaasetavus.html",
                         "english.html"],
    evidence={
        "languages": [N("Estonian site (lang=\"et\"), a Russian section (lang=\"ru\") of two paragraphs on index.html and a whole English page (english.html, lang=\"en\")"),
                      Q("index.html", RU_FEES), M("english.html", '<html lang="en">')],
        "un_languages": [N("ru and en")],
        "fees": [Q("piletid.html", "Tavapilet 150 €"), Q("piletid.html", "Avaliku sektori töötajad 90 €", "public-sector rate: a category rate, a fee"),
                 Q("piletid.html", "Veebipilet (küsimused Slido kaudu) 40 €"),
                 Q("index.html", RU_FEES, "restated in Russian: no new entry"),
                 Q("index.html", "uut ID-kaarti (riigilõiv 35 €)", "state fee for an ID card: not a fee"),
                 Q("majutus.html", "Partnerhotell kesklinnas: alates 89 € öö.", "hotel: not a fee"),
                 Q("toopakkumised.html", "palk alates 3 200 € kuus", "salary: not a fee")],
        "free_option": [Q("piletid.html", NOFREE)],
        "fee_support": [Q("piletid.html", NOSUP, "the public-sector rate is a category rate, not support")],
        "remote_participation": [Q("veebis.html", ONLINE)],
        "captcha": [M("registreerimine.html", '<altcha-widget challengeurl="/api/altcha/challenge"', "ALTCHA: other")],
        "account_required": [Q("registreerimine.html", LOGIN, "a login with the national eID before registering")],
        "registration_form": [N("registreerimine.html: 10 fields (name, isikukood, e-mail, phone, organisation, position, ticket select, sector select, diet select, terms checkbox); 6 required (5 with '(kohustuslik)', the terms checkbox with `required`); sensitive: id_document, phone, affiliation")],
        "registration_host": [N("own form only")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("registreerimine.html", MINOR, "parental consent for minors: not a minimum age")],
        "accessibility_statement": [Q("ligipaasetavus.html", STEP)],
        "access_services": [Q("ligipaasetavus.html", STEP), Q("ligipaasetavus.html", SIGN), Q("ligipaasetavus.html", CAP),
                            Q("ligipaasetavus.html", INTERP)],
        "videos_without_captions": [M("index.html", 'src="media/eid-konverents-2026.mp4">'),
                                    M("ligipaasetavus.html", '<track kind="captions" src="media/viipekeel-tutvustus.vtt"', "captioned: not counted")],
        "pdf_only_documents": [N("no PDF")],
    })
