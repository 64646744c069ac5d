"""Public hearing on the 2028 draft budget of a (fictional) municipality, Shkodër (sq; Italian section)."""
from lib import mk, Q, M, N, entry, video, placeholder_media

NAV = [("index.html", "Kryefaqja"), ("degjesa.html", "Dëgjesa publike"), ("regjistrimi.html", "Regjistrohu për të folur"),
       ("dokumentet.html", "Dokumentet"), ("rendi-dites.html", "Rendi i ditës"), ("lajme.html", "Lajme"),
       ("arkiva.html", "Arkiva"), ("kontakt.html", "Kontakt")]
s = mk("degjese-publike-buxheti-2028-shkoder", "Dëgjesa publike për buxhetin 2028", "sq", "#b71c1c", "BSh", NAV,
       foot={"sq": '<p>Bashkia (institucion fiktiv) · Sheshi i Qytetit, Shkodër · '
                   '<a href="mailto:degjesa@example.al">degjesa@example.al</a></p>'})
placeholder_media(s, "media/degjesa-2026.mp4")
s.pdf("files/projektbuxheti-2028.pdf", "Projektbuxheti 2028\nShpenzimet kapitale\nTaksat dhe tarifat vendore")

s.page("index.html", "Dëgjesa publike për buxhetin 2028 – Shkodër", f"""
<h1>Dëgjesa publike për projektbuxhetin 2028</h1>
<p>Bashkia fton qytetarët, shoqatat dhe bizneset në dëgjesën publike për projektbuxhetin 2028, më 12 nëntor 2027 në
orën 17:00, në sallën e Këshillit Bashkiak. Do të diskutohen investimet në rrugë, ujësjellës dhe shkolla.</p>
<ul>
  <li><a href="@degjesa.html">Si zhvillohet dëgjesa</a></li>
  <li><a href="@regjistrimi.html">Regjistrohu për të folur</a></li>
  <li><a href="@dokumentet.html">Projektbuxheti 2028</a></li>
  <li><a href="@procesverbali-2026.html">Procesverbali i dëgjesës 2026</a></li>
</ul>
<section lang="it">
<h2>In italiano</h2>
<p>La Municipalità invita cittadini, associazioni e imprese all'udienza pubblica sul progetto di bilancio 2028, il 12
novembre 2027 alle 17:00 nella sala del Consiglio comunale. Gli interventi si prenotano con il modulo online; la diretta
su Facebook è solo da seguire e le domande si fanno in sala.</p>
</section>
<h2>Dëgjesa e vitit 2026</h2>
{video("media/degjesa-2026.mp4")}
""")

s.page("degjesa.html", "Si zhvillohet dëgjesa", """
<h1>Si zhvillohet dëgjesa</h1>
<p>Dëgjesa është e hapur për të gjithë qytetarët. Të drejtë për të folur kanë banorët që kanë mbushur 16 vjeç; çdo
ndërhyrje zgjat deri në tre minuta.</p>
<p>Dëgjesa transmetohet drejtpërdrejt në faqen e Facebook-ut të Bashkisë vetëm për ndjekje; pyetjet pranohen vetëm në sallë.</p>
<p>Bashkia nuk mbulon shpenzimet e transportit për pjesëmarrësit nga njësitë administrative.</p>
""")

s.page("regjistrimi.html", "Regjistrohu për të folur", """
<h1>Regjistrohu për të folur</h1>
<p>Fushat me shënimin (e detyrueshme) duhen plotësuar.</p>
<form action="@regjistrimi.html" method="post">
  <label for="emri">Emri dhe mbiemri (e detyrueshme)</label><input type="text" id="emri" name="emri">
  <label for="email">Email</label><input type="email" id="email" name="email">
  <label for="tel">Telefoni (e detyrueshme)</label><input type="tel" id="tel" name="tel">
  <label for="njesia">Njësia administrative</label><select id="njesia" name="njesia"><option>Shkodër</option><option>Ana e Malit</option><option>Bërdicë</option><option>Dajç</option><option>Postribë</option><option>Pult</option></select>
  <label for="org">Organizata që përfaqësoni (nëse ka)</label><input type="text" id="org" name="org">
  <label for="tema">Tema (e detyrueshme)</label><select id="tema" name="tema"><option>Rrugët</option><option>Ujësjellësi</option><option>Shkollat</option><option>Taksat vendore</option></select>
  <label for="permb">Përmbledhja e ndërhyrjes (e detyrueshme)</label><textarea id="permb" name="permb"></textarea>
  <div class="check"><input type="checkbox" id="pel" name="pel"><label for="pel">Pranoj që emri im të shënohet në procesverbal (e detyrueshme)</label></div>
  <div class="cf-turnstile" data-sitekey="0x4AAAAAAAFakeCorpusKey2"></div>
  <button type="submit">Dërgo</button>
</form>
""")

s.page("dokumentet.html", "Dokumentet", """
<h1>Dokumentet</h1>
<p>Projektbuxheti 2028 publikohet vetëm në format PDF:</p>
<p><a href="@files/projektbuxheti-2028.pdf">Projektbuxheti 2028 (PDF)</a></p>
<p>Buxheti i propozuar është 4,2 miliardë lekë; taksa e pastrimit për familjet propozohet 5 000 lekë në vit.</p>
""")

s.page("rendi-dites.html", "Rendi i ditës", """
<h1>Rendi i ditës</h1>
<ol>
  <li>Prezantimi i projektbuxhetit nga kryetari</li>
  <li>Regjistrimi i pronave dhe taksa e ndërtesës</li>
  <li>Rampat në trotuare për personat me aftësi të kufizuara</li>
  <li>Ndërhyrjet e qytetarëve</li>
</ol>
""")

s.page("lajme.html", "Lajme", """
<h1>Lajme</h1>
<p>Bashkia shpall konkurs për specialist finance, paga 85 000 lekë në muaj. Parkimi në qendër: 100 lekë për orë.</p>
""")

s.page("arkiva.html", "Arkiva", """
<h1>Arkiva</h1>
<p>Dëgjesat e mëparshme u zhvilluan në vitet 2024, 2025 dhe 2026.</p>
""")

s.page("kontakt.html", "Kontakt", """
<h1>Kontakt</h1>
<p>Zyra e Marrëdhënieve me Publikun, Sheshi i Qytetit. Tel. +355 22 000 000.</p>
""")

ENTRY = entry(
    s, name="Public hearing on the 2028 draft budget (fictional municipality, Shkodër)",
    languages=["sq", "it"], fees=[],
    free_option=None, fee_support=False, remote_participation=False, captcha=["turnstile"],
    account_required=False, registration_form=(8, 5, ["phone", "affiliation"]),
    min_age=16, accessibility_statement=False, access_services=[],
    videos_without_captions=1, pdf_only_documents=True,
    participation_pages=["index.html", "degjesa.html", "regjistrimi.html", "dokumentet.html"],
    deliberate_404=["procesverbali-2026.html"],
    evidence={
        "languages": [Q("index.html", "Bashkia fton qytetarët, shoqatat dhe bizneset"),
                      Q("index.html", "La Municipalità invita cittadini, associazioni e imprese", "Italian section (lang=it)")],
        "un_languages": [N("none")],
        "fees": [N("no price of taking part"),
                 Q("dokumentet.html", "taksa e pastrimit për familjet propozohet 5 000 lekë në vit", "budget and tax under hearing: not fees"),
                 Q("lajme.html", "paga 85 000 lekë në muaj", "salary, parking: not fees")],
        "free_option": [Q("degjesa.html", "Dëgjesa është e hapur për të gjithë qytetarët.", "open to all, nothing said about cost: null")],
        "fee_support": [Q("degjesa.html", "Bashkia nuk mbulon shpenzimet e transportit")],
        "remote_participation": [Q("degjesa.html", "vetëm për ndjekje; pyetjet pranohen vetëm në sallë")],
        "captcha": [M("regjistrimi.html", '<div class="cf-turnstile"')],
        "account_required": [N("own form, no account")],
        "registration_form": [N("speaker registration, 8 fields: name, e-mail, phone, administrative-unit select, organisation, "
                                "topic select, summary textarea, consent checkbox. Required ((e detyrueshme)): name, phone, "
                                "topic, summary, consent = 5. Sensitive: phone, affiliation.", "regjistrimi.html")],
        "registration_host": [N("own form")],
        "registration_pdf_only": [N("HTML form")],
        "min_age": [Q("degjesa.html", "Të drejtë për të folur kanë banorët që kanë mbushur 16 vjeç")],
        "accessibility_statement": [N("no accessibility provision or contact"),
                                    Q("rendi-dites.html", "Rampat në trotuare për personat me aftësi të kufizuara",
                                      "agenda item, not a statement")],
        "access_services": [N("none stated")],
        "videos_without_captions": [M("index.html", 'src="media/degjesa-2026.mp4">', "no track")],
        "pdf_only_documents": [Q("dokumentet.html", "Projektbuxheti 2028 publikohet vetëm në format PDF:")],
    })
