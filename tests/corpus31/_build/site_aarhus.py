from lib import mk, Q, M, N, entry, fld, video, placeholder_media

NAV = [("index.html", "Forside"), ("billetter.html", "Billetter"), ("online.html", "Deltag online"),
       ("spoergsmaal.html", "Spørgsmål"), ("tilgaengelighed.html", "Tilgængelighed"), ("arabisk.html", "بالعربية"),
       ("sponsorer.html", "Sponsorer og job"), ("rejse.html", "Rejse og overnatning")]
FOOT = '<p>Landsforeningen af Lektiecaféer — Frederiks Allé 00, 8000 Aarhus C (opdigtet) — konference@lektiecafe.example.dk</p>'
s = mk("lektiecafe-konferencen-aarhus", "Lektiecafé-konferencen 2027", "da-DK", "#c60c30", "LK", NAV,
       foot={"da-DK": FOOT})
placeholder_media(s, "media/lektiecafe-2026.mp4")

s.page("index.html", "Lektiecafé-konferencen 2027", """
<h1>Lektiecafé-konferencen 2027</h1>
<p>En dag for frivillige, der hjælper børn og unge med lektierne i biblioteker, boligområder og foreninger over hele landet. Vi ser på læsning, matematik og på, hvordan man taler med forældre, der ikke selv har gået i dansk skole.</p>
<p>Lørdag den 6. marts 2027, Dokk1 i Aarhus. Se oplæggene fra <a href="@konference-2025.html">konferencen 2025</a>.</p>
""" + video("media/lektiecafe-2026.mp4"))

s.page("billetter.html", "Billetter", """
<h1>Billetter</h1>
<table>
<caption>Priser i danske kroner</caption>
<tr><th>Billet</th><th>Pris</th></tr>
<tr><td>Fuld pris</td><td>450 kr.</td></tr>
<tr><td>Studerende</td><td>200 kr.</td></tr>
<tr><td>Online deltagelse (Zoom)</td><td>150 kr.</td></tr>
</table>
<p>Deltagelse er gratis for frivillige fra medlemsforeningernes lektiecaféer.</p>
<p>Deltagere skal være fyldt 17 år.</p>
<p>Billetter købes via place2book uden at oprette en konto: <a href="https://www.place2book.com/da/sw2/sales/lektiecafe-konf-2027">køb billet</a>.</p>
""")

s.page("online.html", "Deltag online", """
<h1>Deltag online</h1>
<p>Online deltagere følger oplæggene på Zoom og kan stille spørgsmål til oplægsholderne i chatten, som læses op i salen.</p>
""")

s.page("spoergsmaal.html", "Spørgsmål", """
<h1>Spørgsmål til arrangørerne</h1>
<form action="@spoergsmaal.html" method="post">
""" + fld("navn", "Navn") + fld("mail", "E-mail", "email") + fld("sp", "Dit spørgsmål", "textarea") + """
<div class="frc-captcha" data-sitekey="FCMLEKTIE2027AAAA"></div>
<button type="submit">Send</button>
</form>
""")

s.page("tilgaengelighed.html", "Tilgængelighed", """
<h1>Tilgængelighed</h1>
<p>Salen har niveaufri adgang og elevator fra alle etager.</p>
<p>Der er tegnsprogstolkning og skrivetolkning ved alle oplæg i hovedsalen.</p>
""")

s.page("arabisk.html", "معلومات بالعربية", """
<div dir="rtl">
<h1>مؤتمر مقاهي الواجبات المدرسية ٢٠٢٧</h1>
<p>يوم للمتطوعين الذين يساعدون الأطفال والشباب في واجباتهم المدرسية في المكتبات والأحياء السكنية والجمعيات في أنحاء الدنمارك.</p>
<p>سعر التذكرة ٤٥٠ كرونة، وللطلاب ٢٠٠ كرونة، والمشاركة عبر Zoom بـ١٥٠ كرونة. المشاركة مجانية لمتطوعي مقاهي الواجبات في الجمعيات الأعضاء.</p>
</div>
""", lang="da")

s.page("sponsorer.html", "Sponsorer og job", """
<h1>Sponsorer og job</h1>
<p>Hovedsponsorat: 25.000 kr. Bogbord med læsebøger til lektiecaféer: bøger fra 249 kr.</p>
<p>Ledigt job: koordinator for lektiecaféer i Gellerup, 32.000 kr. om måneden.</p>
""")

s.page("rejse.html", "Rejse og overnatning", """
<h1>Rejse og overnatning</h1>
<p>Tog København–Aarhus: fra 398 kr. Hotel ved havnen: 895 kr. pr. nat.</p>
""")

ENTRY = entry(s, name="Homework café volunteers' conference 2027 (national association of homework cafés, Aarhus, Denmark)",
    languages=["da", "ar"],
    fees=[(450, "DKK"), (200, "DKK"), (150, "DKK")],
    free_option=True, fee_support=True, remote_participation=True, captcha=["friendlycaptcha"], account_required=False,
    registration_form=None, registration_host="www.place2book.com", registration_pdf_only=False, min_age=17,
    accessibility_statement=True, access_services=["wheelchair_access", "sign_language", "captions"],
    videos_without_captions=1, pdf_only_documents=False,
    participation_pages=["index.html", "billetter.html", "online.html", "spoergsmaal.html", "tilgaengelighed.html", "arabisk.html"],
    deliberate_404=["konference-2025.html"],
    evidence={
        "languages": [Q("index.html", "En dag for frivillige, der hjælper børn og unge med lektierne"),
                      M("arabisk.html", '<html lang="da">', "Arabic page declared da"),
                      Q("arabisk.html", "يوم للمتطوعين الذين يساعدون الأطفال والشباب في واجباتهم المدرسية")],
        "un_languages": [N("ar")],
        "fees": [Q("billetter.html", "450 kr.", "450 DKK"), Q("billetter.html", "200 kr.", "student 200 DKK"),
                 Q("billetter.html", "150 kr.", "online with questions 150 DKK"),
                 Q("arabisk.html", "سعر التذكرة ٤٥٠ كرونة", "Arabic restatement: no new entry"),
                 Q("sponsorer.html", "Hovedsponsorat: 25.000 kr.", "sponsor, books, salary: not fees"),
                 Q("rejse.html", "Hotel ved havnen: 895 kr. pr. nat.", "train, hotel: not fees")],
        "free_option": [Q("billetter.html", "Deltagelse er gratis for frivillige fra medlemsforeningernes lektiecaféer.")],
        "fee_support": [Q("billetter.html", "Studerende", "student rate"),
                        Q("billetter.html", "Deltagelse er gratis for frivillige", "free for one group")],
        "remote_participation": [Q("online.html", "kan stille spørgsmål til oplægsholderne i chatten, som læses op i salen")],
        "captcha": [M("spoergsmaal.html", '<div class="frc-captcha"', "on the question form")],
        "account_required": [Q("billetter.html", "Billetter købes via place2book uden at oprette en konto")],
        "registration_form": [N("no own registration form; 3-field question form is not it", "spoergsmaal.html")],
        "registration_host": [M("billetter.html", 'href="https://www.place2book.com/da/sw2/sales/lektiecafe-konf-2027"')],
        "registration_pdf_only": [N("online tickets")],
        "min_age": [Q("billetter.html", "Deltagere skal være fyldt 17 år.")],
        "accessibility_statement": [Q("tilgaengelighed.html", "Salen har niveaufri adgang og elevator fra alle etager.")],
        "access_services": [Q("tilgaengelighed.html", "Salen har niveaufri adgang og elevator", "wheelchair_access"),
                            Q("tilgaengelighed.html", "Der er tegnsprogstolkning og skrivetolkning ved alle oplæg i hovedsalen.", "sign_language and captions")],
        "videos_without_captions": [M("index.html", 'src="media/lektiecafe-2026.mp4">', "no track")],
        "pdf_only_documents": [N("no PDF document")],
    })
