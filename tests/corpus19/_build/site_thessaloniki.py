from lib import mk, Q, M, N, entry, video, placeholder_media, vtt, fld

NAV = [("index.html", "Αρχική"), ("eggrafi.html", "Εγγραφή"), ("diadiktyaka.html", "Διαδικτυακή συμμετοχή"),
       ("prosvasimotita.html", "Προσβασιμότητα"), ("programma.html", "Πρόγραμμα"), ("diamoni.html", "Διαμονή"),
       ("xorigoi.html", "Χορηγοί"), ("theseis.html", "Θέσεις εργασίας")]
s = mk("synedrio-symperiliptikis-ekpaideusis-thessaloniki", "Συνέδριο Συμπεριληπτικής Εκπαίδευσης 2027", "el", "#0d5c8c", "ΣΣΕ", NAV,
       foot={"el": "<p>Ένωση Εκπαιδευτικών για τη Συμπερίληψη · Θεσσαλονίκη · synedrio@symperilipsi.example.gr</p>"})
placeholder_media(s, "media/proskl.mp4")
vtt(s, "media/proskl-el.vtt", "Καλώς ήρθατε στο συνέδριο")

s.page("index.html", "Συνέδριο Συμπεριληπτικής Εκπαίδευσης 2027", f"""
<h1>6ο Συνέδριο Συμπεριληπτικής Εκπαίδευσης</h1>
<p>Στις 19 και 20 Νοεμβρίου 2027, στο Πανεπιστήμιο Μακεδονίας στη Θεσσαλονίκη. Εκπαιδευτικοί γενικής και ειδικής αγωγής, ψυχολόγοι, γονείς και ερευνητές συζητούν για τη συνεκπαίδευση, την παράλληλη στήριξη και τα σχολεία χωρίς αποκλεισμούς.</p>
<p><a href="@eggrafi.html">Εγγραφή</a> · <a href="@diadiktyaka.html">Διαδικτυακή συμμετοχή</a> · <a href="@prosvasimotita.html">Προσβασιμότητα</a></p>
{video("media/proskl.mp4", track="media/proskl-el.vtt", track_lang="el", label="Ελληνικά")}
<section lang="en">
<h2>In English</h2>
<p>The sixth Conference on Inclusive Education takes place at the University of Macedonia in Thessaloniki on 19–20 November 2027. Teachers in mainstream and special education, psychologists, parents and researchers meet to discuss co-teaching, parallel support and schools without exclusion. Most sessions are in Greek; registration goes through ConfTool.</p>
</section>
""")

s.page("eggrafi.html", "Εγγραφή", """
<h1>Εγγραφή</h1>
<table><thead><tr><th>Κατηγορία</th><th>Τέλος εγγραφής</th></tr></thead><tbody>
<tr><td>Κανονική εγγραφή</td><td>120,00 €</td></tr>
<tr><td>Φοιτητές και μεταπτυχιακοί φοιτητές</td><td>60,00 €</td></tr>
<tr><td>Διαδικτυακή συμμετοχή</td><td>40 ευρώ</td></tr>
</tbody></table>
<p>Δεν προβλέπεται δωρεάν συμμετοχή· οι εισηγητές καταβάλλουν επίσης το τέλος εγγραφής.</p>
<p>Η εγγραφή γίνεται μέσω του <a href="https://www.conftool.net/inclusive-edu-2027/">ConfTool</a>. Για την εγγραφή χρειάζεται λογαριασμός στο ConfTool (όνομα χρήστη και κωδικός).</p>
""")

s.page("diadiktyaka.html", "Διαδικτυακή συμμετοχή", """
<h1>Διαδικτυακή συμμετοχή</h1>
<p>Οι σύνεδροι της διαδικτυακής συμμετοχής παρακολουθούν μέσω Webex, υποβάλλουν ερωτήσεις στους ομιλητές σε πραγματικό χρόνο και μπορούν να παρουσιάσουν την εργασία τους εξ αποστάσεως.</p>
""")

s.page("prosvasimotita.html", "Προσβασιμότητα", f"""
<h1>Προσβασιμότητα</h1>
<p>Το αμφιθέατρο και οι αίθουσες εργαστηρίων είναι προσβάσιμα σε αμαξίδιο, με ράμπα στην κεντρική είσοδο και ανελκυστήρα.</p>
<p>Όλες οι κεντρικές ομιλίες έχουν διερμηνεία στην Ελληνική Νοηματική Γλώσσα (ΕΝΓ) και ζωντανούς υπότιτλους στα ελληνικά.</p>
<h2>Πείτε μας τι χρειάζεστε</h2>
<form action="@prosvasimotita.html" method="post">
{fld("pr-name", "Όνομα")}
{fld("pr-mail", "Email", "email")}
{fld("pr-need", "Τι χρειάζεστε;", "textarea")}
<div class="frc-captcha" data-sitekey="FCMG-made-up-thessaloniki"></div>
<button type="submit">Αποστολή</button>
</form>
""")

s.page("programma.html", "Πρόγραμμα", """
<h1>Πρόγραμμα</h1>
<ul><li>19/11 10:00 Εναρκτήρια ομιλία: Η αναπηρία στο σχολικό βιβλίο</li><li>19/11 14:00 Στρογγυλό τραπέζι: Παράλληλη στήριξη</li><li>20/11 10:00 Εργαστήρια συνεκπαίδευσης</li></ul>
""")

s.page("diamoni.html", "Διαμονή", """
<h1>Διαμονή και μετακίνηση</h1>
<p>Συνεργαζόμενο ξενοδοχείο: 85 € τη βραδιά με πρωινό. Εισιτήριο μετρό Θεσσαλονίκης: 0,60 €.</p>
""")

s.page("xorigoi.html", "Χορηγοί", """
<h1>Χορηγοί</h1>
<p>Χρυσός χορηγός: 3.000 €. Εκθεσιακό περίπτερο εκδότη: 600 €.</p>
""")

s.page("theseis.html", "Θέσεις εργασίας", """
<h1>Θέσεις εργασίας</h1>
<ul><li>Εκπαιδευτικός παράλληλης στήριξης, ιδιωτικό σχολείο — 1.150 € μικτά τον μήνα</li><li>Λογοθεραπευτής/τρια, κέντρο ημέρας — 1.300 € τον μήνα</li></ul>
""")

ENTRY = entry(s,
    name="Conference on Inclusive Education 2027 (teachers' union for inclusion, Thessaloniki)",
    languages=["el", "en"],
    fees=[(120, "EUR"), (60, "EUR"), (40, "EUR")],
    free_option=False, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"],
    account_required=True, registration_form=None, registration_host="www.conftool.net",
    min_age=None, accessibility_statement=True, access_services=["captions", "sign_language", "wheelchair_access"],
    videos_without_captions=0, pdf_only_documents=False,
    participation_pages=["index.html", "eggrafi.html", "diadiktyaka.html", "prosvasimotita.html"],
    evidence={
        "languages": [Q("index.html", "Εκπαιδευτικοί γενικής και ειδικής αγωγής, ψυχολόγοι, γονείς και ερευνητές συζητούν"),
                      Q("index.html", "The sixth Conference on Inclusive Education takes place at the University of Macedonia"),
                      M("index.html", '<section lang="en">')],
        "un_languages": [N("en")],
        "fees": [Q("eggrafi.html", "Κανονική εγγραφή 120,00 €", "120 EUR"),
                 Q("eggrafi.html", "Φοιτητές και μεταπτυχιακοί φοιτητές 60,00 €", "60 EUR"),
                 Q("eggrafi.html", "Διαδικτυακή συμμετοχή 40 ευρώ", "online with questions: 40 EUR"),
                 Q("diamoni.html", "Συνεργαζόμενο ξενοδοχείο: 85 € τη βραδιά με πρωινό.", "hotel and metro: not fees"),
                 Q("xorigoi.html", "Εκθεσιακό περίπτερο εκδότη: 600 €.", "sponsorship and stand: not fees"),
                 Q("theseis.html", "1.150 € μικτά τον μήνα", "salaries: not fees")],
        "free_option": [Q("eggrafi.html", "Δεν προβλέπεται δωρεάν συμμετοχή· οι εισηγητές καταβάλλουν επίσης το τέλος εγγραφής.")],
        "fee_support": [Q("eggrafi.html", "Φοιτητές και μεταπτυχιακοί φοιτητές 60,00 €", "student rate")],
        "remote_participation": [Q("diadiktyaka.html", "υποβάλλουν ερωτήσεις στους ομιλητές σε πραγματικό χρόνο")],
        "captcha": [M("prosvasimotita.html", '<div class="frc-captcha"', "Friendly Captcha on the access-needs form")],
        "account_required": [Q("eggrafi.html", "Για την εγγραφή χρειάζεται λογαριασμός στο ConfTool (όνομα χρήστη και κωδικός).")],
        "registration_form": [N("no own registration form: registration only on ConfTool; the 3-field access-needs form is not one")],
        "registration_host": [M("eggrafi.html", 'href="https://www.conftool.net/inclusive-edu-2027/"')],
        "registration_pdf_only": [N("platform registration")],
        "min_age": [N("no age stated")],
        "accessibility_statement": [Q("prosvasimotita.html", "Το αμφιθέατρο και οι αίθουσες εργαστηρίων είναι προσβάσιμα σε αμαξίδιο, με ράμπα στην κεντρική είσοδο και ανελκυστήρα."),
                                    Q("programma.html", "Εναρκτήρια ομιλία: Η αναπηρία στο σχολικό βιβλίο", "talk title: not a statement")],
        "access_services": [Q("prosvasimotita.html", "είναι προσβάσιμα σε αμαξίδιο", "wheelchair_access"),
                            Q("prosvasimotita.html", "διερμηνεία στην Ελληνική Νοηματική Γλώσσα (ΕΝΓ)", "sign_language"),
                            Q("prosvasimotita.html", "ζωντανούς υπότιτλους στα ελληνικά", "live captions")],
        "videos_without_captions": [M("index.html", 'kind="captions" src="media/proskl-el.vtt"', "the only video has captions")],
        "pdf_only_documents": [N("no PDF")],
    })
