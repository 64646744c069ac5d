"""Nordic digital accessibility day, Helsinki. Finnish, Swedish mirror declared as fi, English page. Tickets on
Lyyti; everyone pays, nothing said about it."""
from lib import mk, Q, M, N, entry, video, placeholder_media, vtt

NAV = [("index.html", "Etusivu"), ("ohjelma.html", "Ohjelma"), ("liput.html", "Liput ja hinnat"),
       ("ilmoittautuminen.html", "Ilmoittautuminen"), ("etaosallistuminen.html", "Etäosallistuminen"),
       ("saavutettavuus.html", "Saavutettavuus"), ("majoitus.html", "Majoitus"), ("kumppanit.html", "Kumppaneille"),
       ("tyopaikat.html", "Työpaikat"), ("sv/index.html", "På svenska"), ("en/index.html", "In English")]
s = mk("saavutettavuuspaiva-helsinki", "Saavutettavuuspäivä 2027", "fi", "#3b3b98", "SP", NAV,
       langs={"fi": [("sv/index.html", "Svenska"), ("en/index.html", "English")]},
       foot={"fi": "<p>Saavutettavuuspäivä · Digitaalisen saavutettavuuden yhdistys ry (kuvitteellinen) · Helsinki · "
                   "info@saavutettavuuspaiva.example.fi</p>"})

s.page("index.html", "Saavutettavuuspäivä 2027 — Helsinki", """
<h1>Saavutettavuuspäivä 2027</h1>
<p class="lead">Helsinki, Kaapelitehdas · torstai 20.5.2027 · Global Accessibility Awareness Day</p>
<p>Saavutettavuuspäivä kokoaa yhteen verkkopalveluiden suunnittelijat, kehittäjät, sisällöntuottajat, julkisen
sektorin hankkijat ja vammaisjärjestöt. Päivän aikana kuullaan puheenvuoroja saavutettavuusdirektiivistä,
selkokielestä ja avustavista teknologioista sekä osallistutaan käytännön työpajoihin.</p>
<p><a href="@liput.html">Liput ja hinnat</a> · <a href="@ilmoittautuminen.html">Ilmoittaudu</a> · <a href="@etaosallistuminen.html">Osallistu etänä</a></p>
<h2>Katso vuoden 2026 avauspuheenvuoro</h2>
""" + video("media/avaus-2026.mp4", track="media/avaus-2026.fi.vtt", track_lang="fi", label="Suomi") + "\n")
placeholder_media(s, "media/avaus-2026.mp4")
vtt(s, "media/avaus-2026.fi.vtt", "Tervetuloa Saavutettavuuspäivään.")

s.page("ohjelma.html", "Ohjelma — Saavutettavuuspäivä 2027", """
<h1>Ohjelma</h1>
<ul>
  <li>9.00 Avaus</li>
  <li>9.30 Saavutettavuusvaatimukset hankinnoissa: mitä maksuja ja sanktioita direktiivi tuo?</li>
  <li>10.30 Kielet ja saavutettavuus: selkokieli, viittomakielet ja konekäännös</li>
  <li>13.00 Työpaja: ruudunlukijatestaus käytännössä</li>
  <li>15.00 Paneeli: Rekisteröitymislomakkeiden saavutettavuus</li>
</ul>
""")

s.page("liput.html", "Liput ja hinnat — Saavutettavuuspäivä 2027", """
<h1>Liput ja hinnat</h1>
<table>
  <caption>Lippujen hinnat (€, sis. alv 25,5 %)</caption>
  <thead><tr><th>Lipputyyppi</th><th>Hinta</th></tr></thead>
  <tbody>
    <tr><td>Yritykset</td><td>195</td></tr>
    <tr><td>Julkinen sektori</td><td>120</td></tr>
    <tr><td>Järjestöt, opiskelijat ja työttömät</td><td>60</td></tr>
    <tr><td>Etälippu</td><td>45</td></tr>
  </tbody>
</table>
<p>Lipun hintaan sisältyvät lounas, kahvit ja pääsy kaikkiin työpajoihin. Etälippu sisältää suorat lähetykset ja
tallenteet.</p>
<p>Liput myydään <a href="@ilmoittautuminen.html">ilmoittautumisen</a> yhteydessä.</p>
""")

s.page("ilmoittautuminen.html", "Ilmoittautuminen — Saavutettavuuspäivä 2027", """
<h1>Ilmoittautuminen</h1>
<p>Ilmoittautuminen ja lippujen maksu tapahtuvat Lyyti-palvelussa. Ilmoittautuminen ei vaadi käyttäjätunnusta:
riittää, että täytät nimesi, sähköpostiosoitteesi ja laskutustiedot.</p>
<p><a class="button" href="https://www.lyyti.in/saavutettavuuspaiva2027">Ilmoittaudu Lyytissä</a></p>
<p>Voit kertoa saavutettavuustarpeistasi ilmoittautumislomakkeella.</p>
""")

s.page("etaosallistuminen.html", "Etäosallistuminen — Saavutettavuuspäivä 2027", """
<h1>Etäosallistuminen</h1>
<p>Päälavan ohjelma lähetetään suorana. Etälipun ostaneet voivat esittää kysymyksiä puhujille chatissa ja
osallistua paneelin äänestyksiin.</p>
<p>Katso lyhyt esittelyvideo etäosallistumisesta:</p>
""" + video("media/etaosallistuminen-esittely.mp4") + "\n")
placeholder_media(s, "media/etaosallistuminen-esittely.mp4")

s.page("saavutettavuus.html", "Saavutettavuus — Saavutettavuuspäivä 2027", """
<h1>Tapahtuman saavutettavuus</h1>
<p>Kaapelitehtaan tapahtumatilat ovat esteettömiä: sisäänkäynnillä on luiska, tiloissa on hissit ja esteettömät wc:t.</p>
<p>Päälavan ohjelma tulkataan suomalaiselle viittomakielelle.</p>
<p>Kaikissa päälavan puheenvuoroissa on kirjoitustulkkaus, joka näkyy valkokankaalla ja suorassa lähetyksessä.</p>
<p>Päälavan salissa on induktiosilmukka.</p>
<p>Lastenhoitoa emme valitettavasti pysty tänä vuonna järjestämään.</p>
<p>Kerro muista tarpeistasi osoitteeseen saavutettavuus@saavutettavuuspaiva.example.fi.</p>
""")

s.page("majoitus.html", "Majoitus — Saavutettavuuspäivä 2027", """
<h1>Majoitus ja saapuminen</h1>
<ul>
  <li>Hotelli Ruoholahti: 149 €/yö (tapahtumahinta koodilla SP2027)</li>
  <li>HSL:n AB-vyöhykkeen kertalippu: 3,20 €</li>
</ul>
""")

s.page("kumppanit.html", "Kumppaneille — Saavutettavuuspäivä 2027", """
<h1>Kumppaneille</h1>
<ul>
  <li>Pääkumppani: 6 500 €</li>
  <li>Näytteilleasettajan pöytä: 1 200 €</li>
</ul>
""")

s.page("tyopaikat.html", "Työpaikat — Saavutettavuuspäivä 2027", """
<h1>Työpaikat</h1>
<ul>
  <li>Saavutettavuusasiantuntija, Tampere — palkka 4 200–5 000 €/kk</li>
  <li>Frontend-kehittäjä, etätyö — 55 000 € vuodessa</li>
</ul>
""")

s.page("sv/index.html", "Tillgänglighetsdagen 2027 — Helsingfors", """
<h1>Tillgänglighetsdagen 2027</h1>
<p>Helsingfors, Kabelfabriken, torsdag 20.5.2027.</p>
<p>Tillgänglighetsdagen samlar formgivare, utvecklare, innehållsproducenter, offentliga upphandlare och
funktionshinderorganisationer. Under dagen hör vi föredrag om tillgänglighetsdirektivet, lättläst språk och
hjälpmedelsteknik, och deltar i praktiska workshoppar.</p>
<p>Biljettpriser (inkl. moms): företag 195 €, offentlig sektor 120 €, organisationer, studerande och arbetslösa
60 €, distansbiljett 45 €. Anmälan sker i Lyyti utan användarkonto.</p>
<p>Programmet på huvudscenen tolkas till finskt teckenspråk och skrivtolkas. Lokalerna är tillgängliga för rullstolsanvändare.</p>
""")

s.page("en/index.html", "Accessibility Day 2027 — Helsinki", """
<h1>Accessibility Day 2027</h1>
<p>Helsinki, Cable Factory, Thursday 20 May 2027.</p>
<p>Accessibility Day brings together designers, developers, content creators, public procurers and disability
organisations for talks on the European Accessibility Act, plain language and assistive technology, and for hands-on
workshops. Most talks are in Finnish; the keynote is in English.</p>
<p>Ticket prices (incl. VAT): companies €195, public sector €120, NGOs, students and unemployed people €60, remote ticket
€45. Remote participants can ask questions in the chat and vote in the panel polls.</p>
<p>Register on Lyyti: <a href="@ilmoittautuminen.html">registration (in Finnish)</a>.</p>
""", lang="en")

ENTRY = entry(
    s, name="Saavutettavuuspäivä 2027 (Nordic digital accessibility day, Helsinki)",
    languages=["fi", "sv", "en"], fees=[(195, "EUR"), (120, "EUR"), (60, "EUR"), (45, "EUR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=[],
    account_required=False, registration_form=None, registration_host="www.lyyti.in",
    min_age=None, accessibility_statement=True, access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "liput.html", "ilmoittautuminen.html", "etaosallistuminen.html", "saavutettavuus.html",
                         "sv/index.html", "en/index.html"],
    evidence={
        "languages": [
            Q("index.html", "Saavutettavuuspäivä kokoaa yhteen verkkopalveluiden suunnittelijat, kehittäjät, sisällöntuottajat"),
            Q("sv/index.html", "Tillgänglighetsdagen samlar formgivare, utvecklare, innehållsproducenter, offentliga upphandlare och funktionshinderorganisationer."),
            M("sv/index.html", '<html lang="fi">', "Swedish page declared as Finnish"),
            Q("en/index.html", "Accessibility Day brings together designers, developers, content creators, public procurers and disability organisations"),
        ],
        "un_languages": [N("en")],
        "fees": [
            Q("liput.html", "Lippujen hinnat (€, sis. alv 25,5 %)", "currency only in the table caption"),
            Q("liput.html", "Yritykset 195"),
            Q("liput.html", "Julkinen sektori 120"),
            Q("liput.html", "Järjestöt, opiskelijat ja työttömät 60"),
            Q("liput.html", "Etälippu 45", "paid remote ticket"),
            Q("sv/index.html", "företag 195 €, offentlig sektor 120 €, organisationer, studerande och arbetslösa 60 €, distansbiljett 45 €"),
            Q("en/index.html", "companies €195, public sector €120, NGOs, students and unemployed people €60, remote ticket €45"),
            Q("liput.html", "alv 25,5 %", "VAT rate, not a fee"),
            Q("majoitus.html", "Hotelli Ruoholahti: 149 €/yö", "hotel, not a fee"),
            Q("majoitus.html", "HSL:n AB-vyöhykkeen kertalippu: 3,20 €", "transport, not a fee"),
            Q("kumppanit.html", "Pääkumppani: 6 500 €", "sponsorship, not a fee"),
            Q("tyopaikat.html", "palkka 4 200–5 000 €/kk", "salary, not a fee"),
            Q("ohjelma.html", "Saavutettavuusvaatimukset hankinnoissa: mitä maksuja ja sanktioita direktiivi tuo?", "talk title"),
        ],
        "free_option": [N("fees are stated for every ticket type, the remote ticket too, and no free way is offered (not said): false", "liput.html")],
        "fee_support": [Q("liput.html", "Järjestöt, opiskelijat ja työttömät 60", "reduced rate for students and unemployed people")],
        "remote_participation": [Q("etaosallistuminen.html", "Etälipun ostaneet voivat esittää kysymyksiä puhujille chatissa ja osallistua paneelin äänestyksiin.")],
        "captcha": [N("no form on the site; registration on Lyyti")],
        "account_required": [Q("ilmoittautuminen.html", "Ilmoittautuminen ei vaadi käyttäjätunnusta")],
        "registration_form": [N("no registration form on the site (Lyyti)")],
        "registration_host": [M("ilmoittautuminen.html", 'href="https://www.lyyti.in/saavutettavuuspaiva2027"')],
        "registration_pdf_only": [N("Lyyti")],
        "min_age": [N("no age limit stated")],
        "accessibility_statement": [Q("saavutettavuus.html", "Kerro muista tarpeistasi osoitteeseen saavutettavuus@saavutettavuuspaiva.example.fi.")],
        "access_services": [
            Q("saavutettavuus.html", "Kaapelitehtaan tapahtumatilat ovat esteettömiä: sisäänkäynnillä on luiska, tiloissa on hissit ja esteettömät wc:t."),
            Q("saavutettavuus.html", "Päälavan ohjelma tulkataan suomalaiselle viittomakielelle."),
            Q("saavutettavuus.html", "Kaikissa päälavan puheenvuoroissa on kirjoitustulkkaus", "speech-to-text interpretation = captions (+)"),
            Q("saavutettavuus.html", "Päälavan salissa on induktiosilmukka.", "induction loop: not a service (+)"),
            Q("saavutettavuus.html", "Lastenhoitoa emme valitettavasti pysty tänä vuonna järjestämään.", "negation: no childcare"),
        ],
        "videos_without_captions": [
            M("index.html", '<track kind="captions" src="media/avaus-2026.fi.vtt"', "captioned"),
            M("etaosallistuminen.html", '<video controls preload="none" width="640" src="media/etaosallistuminen-esittely.mp4">', "no track: 1"),
        ],
        "pdf_only_documents": [N("no PDF")],
    })
