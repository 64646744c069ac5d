"""Swiss multilingual democracy conference, Biel/Bienne. German (Switzerland), French mirror, an Italian page
declared lang="de", an English page. "CHF 180.–", "100.– CHF", "Fr. 90.–" (student rate only in the FAQ),
"180 francs"; free solidarity tickets; Eventfrog link only in the FAQ, no account; Slido questions and votes;
youth lab from 14; DSGS sign language, interpretation, wheelchair, no live subtitles; CHF 15'000 sponsoring."""
from lib import mk, Q, M, N, entry, placeholder_media, vtt

NAV_DE = [("index.html", "Start"), ("preise.html", "Preise"), ("online.html", "Online-Teilnahme"), ("jugend.html", "Jugendprogramm"),
          ("barrierefreiheit.html", "Barrierefreiheit"), ("faq.html", "FAQ"), ("hotel.html", "Anreise &amp; Hotel"),
          ("sponsoring.html", "Sponsoring"), ("stellen.html", "Stellen")]
NAV_FR = [("fr/index.html", "Accueil"), ("fr/prix.html", "Prix"), ("faq.html", "FAQ (allemand)"),
          ("barrierefreiheit.html", "Accessibilité (allemand)")]
NAV_IT = [("it/index.html", "Home"), ("preise.html", "Prezzi (tedesco)")]
NAV_EN = [("en/index.html", "Home"), ("preise.html", "Prices (German)"), ("faq.html", "FAQ (German)")]
LANGS = {k: [("index.html", "DE"), ("fr/index.html", "FR"), ("it/index.html", "IT"), ("en/index.html", "EN")]
         for k in ("de-CH", "fr-CH", "it-CH", "en")}
s = mk("tage-digitale-demokratie-biel", {"de-CH": "Tage der digitalen Demokratie", "fr-CH": "Journées de la démocratie numérique",
                                         "it-CH": "Giornate della democrazia digitale", "en": "Digital Democracy Days"},
       "de-CH", "#dc2626", "TDD", {"de-CH": NAV_DE, "fr-CH": NAV_FR, "it-CH": NAV_IT, "en": NAV_EN}, langs=LANGS,
       foot={"de-CH": "<p>Verein Digitale Demokratie · Biel/Bienne · info@tdd.example.ch</p>"},
       homes={"de-CH": "index.html", "fr-CH": "fr/index.html", "it-CH": "it/index.html", "en": "en/index.html"})

ABOUT = ("Die Tage der digitalen Demokratie bringen Verwaltung, Politik, Zivilgesellschaft und Forschung aus allen "
         "Sprachregionen der Schweiz zusammen, um über E-Partizipation, digitale Grundrechte und offene Verwaltungsdaten "
         "zu diskutieren.")
SOLI = "Solidaritätsticket: kostenlos für Armutsbetroffene, Geflüchtete und Menschen mit IV-Rente."
STUD = "Ja. Studierende und Lernende zahlen Fr. 90.– für den Konferenzpass."
HOW = "Tickets gibt es über Eventfrog. Ein Eventfrog-Konto ist nicht nötig, Sie können als Gast bestellen."
ONLINE = ("Online-Teilnehmende können über Slido Fragen an die Podien stellen und an allen Abstimmungen der "
          "Bürger:innen-Werkstatt teilnehmen.")
YOUTH = "Das Jugendprogramm «Demokratie-Labor» steht Jugendlichen ab 14 Jahren offen."
DSGS = "Alle Plenarsitzungen werden in Deutschschweizer Gebärdensprache (DSGS) gedolmetscht."
INTERP = "Simultanübersetzung Deutsch–Französisch in allen Plenarsitzungen."
WHEEL = "Das Kongresshaus ist rollstuhlgängig; es gibt Lift und rollstuhlgerechte WCs."
NOSUB = "Live-Untertitel können wir dieses Jahr leider nicht anbieten."
CONTACT = "Für besondere Bedürfnisse wenden Sie sich bitte an barrierefrei@tdd.example.ch."
FR = ("Les Journées de la démocratie numérique réunissent administrations, élus, société civile et recherche de toutes "
      "les régions linguistiques de Suisse pour débattre de participation en ligne, de droits fondamentaux numériques "
      "et de données publiques ouvertes.")
IT = ("Le Giornate della democrazia digitale riuniscono amministrazione, politica, società civile e ricerca di tutte "
      "le regioni linguistiche della Svizzera per discutere di partecipazione elettronica, diritti fondamentali digitali "
      "e dati aperti dell'amministrazione.")
EN = ("Digital Democracy Days bring together public administration, politics, civil society and research from all of "
      "Switzerland's language regions to discuss e-participation, digital fundamental rights and open government data.")

placeholder_media(s, "media/rueckblick-2026.mp4")
vtt(s, "media/rueckblick-2026-de.vtt", "Willkommen in Biel")
vtt(s, "media/rueckblick-2026-fr.vtt", "Bienvenue à Bienne")
s.page("index.html", "Tage der digitalen Demokratie 2027 — Biel/Bienne", f"""
<h1>Tage der digitalen Demokratie 2027</h1>
<p class="note">Biel/Bienne, 2.–3. September 2027 · Kongresshaus · vor Ort und online</p>
<p>{ABOUT}</p>
<p><a href="@preise.html">Preise</a> · <a href="@online.html">Online-Teilnahme</a> · <a href="@jugend.html">Jugendprogramm</a> ·
<a href="@barrierefreiheit.html">Barrierefreiheit</a> · <a href="@faq.html">Häufige Fragen und Anmeldung</a></p>
<h2>Rückblick 2026</h2>
<video controls preload="none" width="640" src="@media/rueckblick-2026.mp4">
  <track kind="subtitles" src="@media/rueckblick-2026-de.vtt" srclang="de" label="Deutsch" default>
  <track kind="subtitles" src="@media/rueckblick-2026-fr.vtt" srclang="fr" label="Français">
</video>
""")

s.page("preise.html", "Preise — Tage der digitalen Demokratie 2027", f"""
<h1>Preise</h1>
<ul>
  <li>Konferenzpass (beide Tage): CHF 180.–</li>
  <li>Tageskarte: 100.– CHF</li>
  <li>{SOLI}</li>
</ul>
<p>Mittagessen und Pausenverpflegung sind inbegriffen. Zur Anmeldung siehe <a href="@faq.html">FAQ</a>.</p>
""")

s.page("faq.html", "FAQ — Tage der digitalen Demokratie 2027", f"""
<h1>Häufige Fragen</h1>
<details open><summary>Wie melde ich mich an?</summary>
<p>{HOW} <a href="https://eventfrog.ch/de/p/konferenzen/tage-digitale-demokratie-2027.html">Zu den Tickets auf Eventfrog</a></p></details>
<details open><summary>Gibt es Rabatte für Studierende?</summary><p>{STUD}</p></details>
<details open><summary>Kann ich online teilnehmen?</summary><p>Ja, siehe <a href="@online.html">Online-Teilnahme</a>. Der Online-Zugang ist im Ticket enthalten.</p></details>
""")

s.page("online.html", "Online-Teilnahme — Tage der digitalen Demokratie 2027", f"""
<h1>Online-Teilnahme</h1>
<p>{ONLINE}</p>
""")

s.page("jugend.html", "Jugendprogramm — Tage der digitalen Demokratie 2027", f"""
<h1>Jugendprogramm «Demokratie-Labor»</h1>
<p>{YOUTH} Die Teilnahme ist mit einer Tageskarte möglich.</p>
<p>Das beste Jugendprojekt gewinnt einen Preis von CHF 1'000.–.</p>
""")

s.page("barrierefreiheit.html", "Barrierefreiheit — Tage der digitalen Demokratie 2027", f"""
<h1>Barrierefreiheit</h1>
<ul><li>{DSGS}</li><li>{INTERP}</li><li>{WHEEL}</li></ul>
<p>{NOSUB}</p>
<p>{CONTACT}</p>
""")

s.page("hotel.html", "Anreise und Hotel — Tage der digitalen Demokratie 2027", """
<h1>Anreise und Hotel</h1>
<p>Hotel Seeland: ab CHF 160.– pro Nacht. Mit der SBB von Zürich nach Biel: CHF 24.80 mit Halbtax.</p>
""")

s.page("sponsoring.html", "Sponsoring — Tage der digitalen Demokratie 2027", """
<h1>Sponsoring</h1>
<ul><li>Hauptpartner: CHF 15'000.–</li><li>Co-Partner: CHF 5'000.–</li><li>Infostand: CHF 1'200.–</li></ul>
""")

s.page("stellen.html", "Stellen — Tage der digitalen Demokratie 2027", """
<h1>Stellenbörse</h1>
<ul><li>Projektleiter:in Digitale Partizipation (80–100 %), Kanton Bern — CHF 110'000 bis 125'000 brutto</li></ul>
""")

s.page("fr/index.html", "Journées de la démocratie numérique 2027 — Bienne", f"""
<h1>Journées de la démocratie numérique 2027</h1>
<p>Bienne, 2–3 septembre 2027, sur place et en ligne.</p>
<p>{FR}</p>
<p><a href="@fr/prix.html">Prix</a> · inscription : voir la <a href="@faq.html">FAQ (en allemand)</a>.</p>
""", lang="fr-CH")

s.page("fr/prix.html", "Prix — Journées de la démocratie numérique 2027", """
<h1>Prix</h1>
<ul><li>Pass conférence (deux jours) : 180 francs</li><li>Carte journalière : CHF 100.–</li>
<li>Billet solidaire : gratuit pour les personnes touchées par la pauvreté, réfugiées ou au bénéfice d'une rente AI.</li></ul>
<p>Interprétation simultanée allemand–français et interprétation en langue des signes dans toutes les séances plénières.</p>
""", lang="fr-CH")

s.page("it/index.html", "Giornate della democrazia digitale 2027 — Bienne", f"""
<h1>Giornate della democrazia digitale 2027</h1>
<p>Bienne, 2–3 settembre 2027.</p>
<p>{IT}</p>
<p>Le sessioni si svolgono in tedesco e francese con traduzione simultanea.</p>
""", lang="de", header_lang="it-CH")

s.page("en/index.html", "Digital Democracy Days 2027 — Biel/Bienne", f"""
<h1>Digital Democracy Days 2027</h1>
<p>Biel/Bienne, 2–3 September 2027, on site and online. {EN}</p>
<p>Conference pass CHF 180, day ticket CHF 100; solidarity tickets are free. Sessions are in German and French.</p>
""", lang="en")

ENTRY = entry(
    s, name="Tage der digitalen Demokratie 2027 (Swiss multilingual event)",
    languages=["de", "fr", "it", "en"], fees=[(180, "CHF"), (100, "CHF"), (90, "CHF")], free_option=True,
    fee_support=True, remote_participation=True, captcha=[], account_required=False, registration_form=None,
    registration_host="eventfrog.ch", min_age=14, accessibility_statement=True,
    access_services=["interpretation", "sign_language", "wheelchair_access"], videos_without_captions=0,
    participation_pages=["index.html", "preise.html", "faq.html", "online.html", "jugend.html", "barrierefreiheit.html",
                         "fr/index.html", "fr/prix.html", "it/index.html", "en/index.html"],
    evidence={
        "languages": [Q("index.html", ABOUT), Q("fr/index.html", FR), Q("it/index.html", IT),
                      M("it/index.html", '<html lang="de">', "Italian page declared as German"), Q("en/index.html", EN)],
        "un_languages": [N("fr, en")],
        "fees": [Q("preise.html", "Konferenzpass (beide Tage): CHF 180.–"), Q("preise.html", "Tageskarte: 100.– CHF"),
                 Q("faq.html", STUD, "student rate only in the FAQ"),
                 Q("fr/prix.html", "Pass conférence (deux jours) : 180 francs"),
                 Q("jugend.html", "einen Preis von CHF 1'000.–", "prize, not a fee"),
                 Q("hotel.html", "ab CHF 160.– pro Nacht", "hotel, not a fee"),
                 Q("hotel.html", "CHF 24.80 mit Halbtax", "train, not a fee"),
                 Q("sponsoring.html", "Hauptpartner: CHF 15'000.–", "sponsorship, not a fee"),
                 Q("stellen.html", "CHF 110'000 bis 125'000 brutto", "salary, not a fee")],
        "free_option": [Q("preise.html", SOLI)],
        "fee_support": [Q("faq.html", STUD, "reduced student rate below CHF 180")],
        "remote_participation": [Q("online.html", ONLINE)],
        "captcha": [N("no form, no CAPTCHA")],
        "account_required": [Q("faq.html", HOW)],
        "registration_form": [N("no form on the site; tickets on Eventfrog")],
        "registration_host": [M("faq.html", 'href="https://eventfrog.ch/de/p/konferenzen/tage-digitale-demokratie-2027.html"',
                                "the ticket link is only in the FAQ")],
        "registration_pdf_only": [N("platform")],
        "min_age": [Q("jugend.html", YOUTH)],
        "accessibility_statement": [Q("barrierefreiheit.html", CONTACT)],
        "access_services": [Q("barrierefreiheit.html", DSGS), Q("barrierefreiheit.html", INTERP),
                            Q("barrierefreiheit.html", WHEEL), Q("barrierefreiheit.html", NOSUB, "negation: no captions")],
        "videos_without_captions": [M("index.html", '<track kind="subtitles" src="media/rueckblick-2026-de.vtt"')],
        "pdf_only_documents": [N("no PDF")],
    })
