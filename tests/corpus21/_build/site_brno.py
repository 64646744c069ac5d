from lib import mk, Q, M, N, entry, fld, radios, video, placeholder_media
NAV = [("index.html", "Úvod"), ("vstupne.html", "Vstupné"), ("registrace-tymu.html", "Registrace týmů"),
       ("vstupenky.html", "Vstupenky na konferenci"), ("online.html", "Online účast"), ("pristupnost.html", "Přístupnost"),
       ("partneri.html", "Partneři"), ("prace.html", "Pracovní nabídky")]
s = mk("hackathon-otevrenych-dat-brno", "Brněnský hackathon otevřených dat 2027", "cs", "#c62828", "OD", NAV,
       foot={"cs": "<p>Spolek Otevřené město Brno — info@otevrenemesto.example.cz</p>"})
placeholder_media(s, "media/finale.mp4")
s.page("index.html", "Brněnský hackathon otevřených dat 2027", """
<h1>Brněnský hackathon otevřených dat 2027</h1>
<p>Dvoudenní konference o otevřených datech veřejné správy a víkendový hackathon, na kterém týmy studentů, programátorů a úředníků stavějí aplikace nad daty města Brna. Koná se 9. a 10. října 2027 v prostorách fakulty informatiky.</p>
<p>Podívejte se na <a href="@vstupne.html">vstupné</a>, <a href="@registrace-tymu.html">registraci týmů</a> a <a href="@vstupenky.html">vstupenky na konferenci</a>. Výsledky minulého ročníku: <a href="@rocnik-2026.html">ročník 2026</a>.</p>
""" + video("media/finale.mp4") + """
<section lang="en">
<h2>In English</h2>
<p>The Brno Open Data Hackathon combines a two-day conference on open government data with a weekend hackathon where teams of students, developers and civil servants build applications on the city's data. Teams can also take part online.</p>
</section>
<section>
<h2>Pre účastníkov zo Slovenska</h2>
<p>Hackathon je otvorený aj tímom zo Slovenska. Registrácia tímov je bezplatná a súťažiť môžete priamo v Brne alebo online; prezentácie výsledkov prebiehajú v nedeľu popoludní pred porotou.</p>
</section>
""")
s.page("vstupne.html", "Vstupné", """
<h1>Vstupné</h1>
<ul>
<li>Konference (oba dny): 1 200 Kč</li>
<li>Studenti: 400 Kč</li>
<li>Hackathon: účast zdarma pro všechny registrované týmy</li>
</ul>
""")
s.page("registrace-tymu.html", "Registrace týmů", """
<h1>Registrace týmu na hackathon</h1>
<p>Hackathonu se mohou účastnit lidé od patnácti let.</p>
<form action="@registrace-tymu.html" method="post">
""" + fld("tym", "Název týmu (povinné)") + fld("vedouci", "Jméno vedoucího týmu (povinné)")
  + fld("email", "E-mail vedoucího (povinné)", "email") + fld("tel", "Telefon vedoucího (povinné)", "tel")
  + fld("narozeni", "Datum narození vedoucího (povinné)", "date") + fld("skola", "Škola nebo firma")
  + fld("clen2", "Člen 2 – jméno") + fld("clen2mail", "Člen 2 – e-mail", "email")
  + fld("clen3", "Člen 3 – jméno") + fld("clen3mail", "Člen 3 – e-mail", "email")
  + fld("tema", "Téma (povinné)", "select", opts=["Doprava", "Zeleň a klima", "Bydlení", "Rozpočet města"])
  + radios("ucast", "Účast (povinné)", ["v Brně", "online"])
  + fld("kodex", "Souhlasím s kodexem chování (povinné)", "checkbox") + """
<div class="frc-captcha" data-sitekey="FCMGEMUD2KTDSQ5H"></div>
<button type="submit">Registrovat tým</button>
</form>
""")
s.page("vstupenky.html", "Vstupenky na konferenci", """
<h1>Vstupenky na konferenci</h1>
<p>Vstupenky na konferenci prodáváme přes GoOut: <a href="https://goout.net/cs/">koupit vstupenku na goout.net</a>.</p>
<p>Nákup je možný bez registrace a bez vytváření účtu.</p>
""")
s.page("online.html", "Online účast", """
<h1>Online účast</h1>
<p>Online týmy pracují na Discordu se stejnými mentory a výsledky prezentují porotě živě přes Jitsi, včetně odpovědí na dotazy poroty.</p>
""")
s.page("pristupnost.html", "Přístupnost", """
<h1>Přístupnost</h1>
<p>Budova fakulty má bezbariérový přístup a výtah do všech sálů.</p>
<p>Hlavní sál konference nabízí přepis mluvené řeči v reálném čase a tlumočení do českého znakového jazyka.</p>
<p>Další požadavky pište na pristupnost@otevrenemesto.example.cz.</p>
""")
s.page("partneri.html", "Partneři", """
<h1>Partneři</h1>
<p>Partnerský balíček Zlatý: 80 000 Kč. Stánek ve foyer: 6 000 Kč. Hlavní cena hackathonu: 50 000 Kč.</p>
""")
s.page("prace.html", "Pracovní nabídky", """
<h1>Pracovní nabídky</h1>
<p>Datový analytik pro magistrát, mzda 55 000 Kč měsíčně.</p>
""")
ENTRY = entry(s, name="Brno Open Data Hackathon 2027 (open-city association, Brno)",
    languages=["cs", "en", "sk"], fees=[(1200, "CZK"), (400, "CZK")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=False, registration_form=(13, 8, ["phone", "birth_date", "affiliation"]), registration_host="goout.net",
    min_age=15, accessibility_statement=True, access_services=["wheelchair_access", "captions", "sign_language"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "vstupne.html", "registrace-tymu.html", "vstupenky.html", "online.html", "pristupnost.html"],
    deliberate_404=["rocnik-2026.html"],
    evidence={
        "languages": [Q("index.html", "Dvoudenní konference o otevřených datech veřejné správy a víkendový hackathon"),
                      M("index.html", '<section lang="en">', "English section with lang"),
                      Q("index.html", "The Brno Open Data Hackathon combines a two-day conference"),
                      Q("index.html", "Hackathon je otvorený aj tímom zo Slovenska.", "Slovak section without lang")],
        "un_languages": [N("en")],
        "fees": [Q("vstupne.html", "Konference (oba dny): 1 200 Kč", "1200 CZK"), Q("vstupne.html", "Studenti: 400 Kč", "400 CZK"),
                 Q("partneri.html", "Partnerský balíček Zlatý: 80 000 Kč. Stánek ve foyer: 6 000 Kč. Hlavní cena hackathonu: 50 000 Kč.", "sponsor, stand, prize: not fees"),
                 Q("prace.html", "mzda 55 000 Kč měsíčně", "salary: not a fee")],
        "free_option": [Q("vstupne.html", "Hackathon: účast zdarma pro všechny registrované týmy")],
        "fee_support": [Q("vstupne.html", "Studenti: 400 Kč", "student rate below 1200")],
        "remote_participation": [Q("online.html", "výsledky prezentují porotě živě přes Jitsi, včetně odpovědí na dotazy poroty.")],
        "captcha": [M("registrace-tymu.html", '<div class="frc-captcha"')],
        "account_required": [Q("vstupenky.html", "Nákup je možný bez registrace a bez vytváření účtu."), N("own team form, no account")],
        "registration_form": [N("13 fields (team name, leader, e-mail, phone, birth date, school or company, two members' names and e-mails, topic select, participation radio, code-of-conduct checkbox); 8 marked (povinné); sensitive phone, birth_date, affiliation", "registrace-tymu.html"),
                              Q("registrace-tymu.html", "Datum narození vedoucího (povinné)")],
        "registration_host": [M("vstupenky.html", 'href="https://goout.net/cs/"', "conference tickets on GoOut, beside the own team form")],
        "registration_pdf_only": [N("online form")],
        "min_age": [Q("registrace-tymu.html", "Hackathonu se mohou účastnit lidé od patnácti let.", "15 in words")],
        "accessibility_statement": [Q("pristupnost.html", "Budova fakulty má bezbariérový přístup a výtah do všech sálů.")],
        "access_services": [Q("pristupnost.html", "bezbariérový přístup a výtah", "wheelchair_access"),
                            Q("pristupnost.html", "přepis mluvené řeči v reálném čase", "captions"),
                            Q("pristupnost.html", "tlumočení do českého znakového jazyka", "sign_language")],
        "videos_without_captions": [M("index.html", 'src="media/finale.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF")],
    })
