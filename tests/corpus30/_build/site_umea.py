"""Conference for youth leisure leaders, a national association of youth centres, Umeå (sv-SE, whole Finnish page with lang="fi")."""
from lib import mk, Q, M, N, entry, fld, video, placeholder_media

NAV = [("index.html", "Start"), ("biljetter.html", "Biljetter"), ("resebidrag.html", "Resebidrag"), ("digitalt.html", "Delta digitalt"),
       ("tillganglighet.html", "Tillgänglighet"), ("fi.html", "Suomeksi"), ("utstallare.html", "Utställare"), ("boende.html", "Boende och resor")]
FOOT = {"sv-SE": '<p>Riksföreningen Fritidsgårdar i Norr, Storgatan 30, Umeå. konferens@fritidsgardar.example.se</p>'
                 '<p><a href="@dokumentation-2025.html">Dokumentation från 2025</a></p>'}
s = mk("fritidsledarkonferensen-umea", "Fritidsledarkonferensen 2027", "sv-SE", "#005293", "FL", NAV, foot=FOOT)
placeholder_media(s, "media/konferensen-2025.mp4")

s.page("index.html", "Fritidsledarkonferensen 2027", """
<h1>Fritidsledarkonferensen 2027</h1>
<p>Fritidsledare, ungdomsarbetare och studenter från hela norra Sverige och Finland träffas i Umeå den 21–22 oktober 2027 för att prata om öppen fritidsverksamhet, unga på landsbygden och trygga mötesplatser.</p>
""" + video("media/konferensen-2025.mp4") + """
<p>Ett av seminarierna handlar om hur fritidsgårdar når tolv- till femtonåringar.</p>
""")

s.page("biljetter.html", "Biljetter", """
<h1>Biljetter</h1>
<ul>
<li>Fullt pris: 2 400 kr</li>
<li>Studerande på fritidsledarutbildning: 1 200 kr</li>
<li>Digitalt deltagande med frågor i realtid: 900 kr</li>
</ul>
<p>Det finns inga kostnadsfria platser, inte heller för föreläsare från medlemsföreningarna.</p>
<p>Biljetter köps via <a href="https://billetto.se/e/fritidsledarkonferensen-2027">Billetto</a>. Du kan köpa utan konto, som gäst.</p>
<p>Konferensen vänder sig till fritidsledare från 18 år.</p>
""")

grant = ('<form action="@resebidrag.html" method="post">'
         + fld("namn", "Namn *") + fld("epost", "E-post *", "email") + fld("telefon", "Telefon", "tel")
         + fld("gard", "Fritidsgård eller förening *") + fld("ort", "Resa från (ort) *")
         + fld("kostnad", "Beräknad resekostnad") + fld("motivering", "Varför behöver du bidrag?", "textarea")
         + '<button type="submit">Skicka ansökan</button></form>')
s.page("resebidrag.html", "Resebidrag", """
<h1>Resebidrag</h1>
<p>Föreningen delar ut resebidrag till fritidsledare från kommuner i inlandet som annars inte har råd att resa till Umeå. Ansökan om resebidrag görs här; själva biljetten köper du på Billetto.</p>
""" + grant)

s.page("digitalt.html", "Delta digitalt", """
<h1>Delta digitalt</h1>
<p>Med den digitala biljetten följer du alla föreläsningar via Zoom och kan ställa frågor till talarna i realtid. Workshopparna är bara på plats.</p>
""")

s.page("tillganglighet.html", "Tillgänglighet", """
<h1>Tillgänglighet</h1>
<p>Folkets Hus har entré i gatuplan och hiss till alla salar, och salarna är tillgängliga med rullstol.</p>
<p>Alla föreläsningar teckenspråkstolkas och skrivtolkas. Stora salen har hörslinga.</p>
<p>Frågor om tillgänglighet: tillganglighet@fritidsgardar.example.se</p>
""")

s.page("fi.html", "Vapaa-ajanohjaajien konferenssi 2027", """
<h1>Vapaa-ajanohjaajien konferenssi 2027</h1>
<p>Vapaa-ajanohjaajat, nuorisotyöntekijät ja opiskelijat Pohjois-Ruotsista ja Suomesta kokoontuvat Uumajaan 21.–22. lokakuuta 2027. Aiheina ovat avoin nuorisotyö, maaseudun nuoret ja turvalliset kohtaamispaikat.</p>
<p>Liput: täysi hinta 2 400 kruunua, opiskelijat 1 200 kruunua, digitaalinen osallistuminen 900 kruunua. Liput ostetaan Billettosta ilman tiliä.</p>
<p>Luennot tulkataan viittomakielelle ja kirjoitustulkataan.</p>
""", lang="fi")

s.page("utstallare.html", "Utställare", """
<h1>Utställare och partner</h1>
<p>Utställarbord: 6 500 kr. Huvudpartner: 40 000 kr.</p>
""")

s.page("boende.html", "Boende och resor", """
<h1>Boende och resor</h1>
<p>Hotell nära Folkets Hus: från 1 150 kr per natt. Tåg Luleå–Umeå: från 350 kr; färja Vasa–Umeå: från 45 €.</p>
""")

ENTRY = entry(
    s, name="Conference for youth leisure leaders 2027 (association of youth centres in the north, Umeå, Sweden)",
    languages=["sv", "fi"],
    fees=[(2400, "SEK"), (1200, "SEK"), (900, "SEK")],
    free_option=False, fee_support=True, remote_participation=True, captcha=[], account_required=False,
    registration_form=None, registration_host="billetto.se", registration_pdf_only=False, min_age=18,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "biljetter.html", "resebidrag.html", "digitalt.html", "tillganglighet.html", "fi.html"],
    deliberate_404=["dokumentation-2025.html"],
    evidence={
        "languages": [Q("index.html", "Fritidsledare, ungdomsarbetare och studenter från hela norra Sverige och Finland träffas i Umeå"),
                      M("fi.html", '<html lang="fi">', "whole Finnish page"),
                      Q("fi.html", "Aiheina ovat avoin nuorisotyö, maaseudun nuoret ja turvalliset kohtaamispaikat.")],
        "un_languages": [N("none")],
        "fees": [Q("biljetter.html", "Fullt pris: 2 400 kr", "2400 SEK"),
                 Q("biljetter.html", "Studerande på fritidsledarutbildning: 1 200 kr", "1200 SEK"),
                 Q("biljetter.html", "Digitalt deltagande med frågor i realtid: 900 kr", "paid online pass with live questions 900 SEK"),
                 Q("fi.html", "täysi hinta 2 400 kruunua", "restated in Finnish: no new entries"),
                 Q("utstallare.html", "Utställarbord: 6 500 kr.", "exhibitor and partner: not fees"),
                 Q("boende.html", "Hotell nära Folkets Hus: från 1 150 kr per natt.", "hotel, train, ferry (EUR): not fees")],
        "free_option": [Q("biljetter.html", "Det finns inga kostnadsfria platser, inte heller för föreläsare från medlemsföreningarna.")],
        "fee_support": [Q("biljetter.html", "Studerande på fritidsledarutbildning: 1 200 kr", "student rate below 2400"),
                        Q("resebidrag.html", "Föreningen delar ut resebidrag till fritidsledare från kommuner i inlandet")],
        "remote_participation": [Q("digitalt.html", "följer du alla föreläsningar via Zoom och kan ställa frågor till talarna i realtid")],
        "captcha": [N("no CAPTCHA on any form")],
        "account_required": [Q("biljetter.html", "Du kan köpa utan konto, som gäst.")],
        "registration_form": [N("tickets only through Billetto; the own 7-field form is a travel-grant application, not a registration form", "resebidrag.html")],
        "registration_host": [M("biljetter.html", 'href="https://billetto.se/e/fritidsledarkonferensen-2027"', "host billetto.se")],
        "registration_pdf_only": [N("platform tickets")],
        "min_age": [Q("biljetter.html", "Konferensen vänder sig till fritidsledare från 18 år."),
                    Q("index.html", "hur fritidsgårdar når tolv- till femtonåringar", "talk topic: not a limit")],
        "accessibility_statement": [Q("tillganglighet.html", "Folkets Hus har entré i gatuplan och hiss till alla salar")],
        "access_services": [Q("tillganglighet.html", "salarna är tillgängliga med rullstol", "wheelchair_access"),
                            Q("tillganglighet.html", "Alla föreläsningar teckenspråkstolkas och skrivtolkas.", "sign_language and captions (skrivtolkning)"),
                            Q("tillganglighet.html", "Stora salen har hörslinga.", "hearing loop: not a service")],
        "videos_without_captions": [M("index.html", 'src="media/konferensen-2025.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
